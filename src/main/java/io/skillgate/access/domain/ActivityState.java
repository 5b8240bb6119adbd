package io.skillgate.access.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A user's activation, last activity and last password change, read without loading the entity (every signed-in UI
 * request reads it).
 */
public record ActivityState(boolean active, @Nullable Instant lastActivityAt, @Nullable Instant passwordChangedAt) {
}
