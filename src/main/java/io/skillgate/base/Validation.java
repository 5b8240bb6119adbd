package io.skillgate.base;

import java.util.Comparator;
import java.util.Optional;

import jakarta.validation.Validator;

/** Bean validation of a service's input, reported the way our services refuse input: one "path: message". */
public final class Validation {

    private Validation() {
    }

    /**
     * The first violation of the command's constraints as {@code path: message}, or empty when it is valid. "First"
     * is by property path and then message, so the same bad input always gets the same message.
     */
    public static Optional<String> firstViolation(Validator validator, Object command) {
        return validator.validate(command).stream()
                .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .min(Comparator.naturalOrder());
    }
}
