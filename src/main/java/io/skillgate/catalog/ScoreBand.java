package io.skillgate.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A result scoring at least {@code fromPercent} of the maximum is labelled {@code label}. */
public record ScoreBand(@Min(0) @Max(100) int fromPercent, @NotBlank @Size(max = 100) String label) {
}
