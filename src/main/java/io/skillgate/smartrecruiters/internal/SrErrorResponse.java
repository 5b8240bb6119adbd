package io.skillgate.smartrecruiters.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.jspecify.annotations.Nullable;

/** SR's error shape {@code {message, errors:[{code, message}]}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SrErrorResponse(@Nullable String message, @Nullable List<SrError> errors) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SrError(@Nullable String code, @Nullable String message) {
    }
}
