package io.skillgate.smartrecruiters.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.jspecify.annotations.Nullable;

@JsonIgnoreProperties(ignoreUnknown = true)
record SrAttachmentResponse(@Nullable String url) {
}
