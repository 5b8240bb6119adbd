package io.skillgate.smartrecruiters;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One attempt to send our partner configuration to SR; {@code message} is SR's error when it failed. */
public record ConfigurationAttempt(Instant attemptedAt, boolean success, @Nullable String message) {
}
