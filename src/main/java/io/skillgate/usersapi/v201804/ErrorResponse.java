package io.skillgate.usersapi.v201804;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The Users API's error shape: {@code {message, errors:[{code | dataPath, message}]}}. */
public record ErrorResponse(@JsonProperty("message") String message, @JsonProperty("errors") List<Error> errors) {

    /** One problem: {@code code} for a refusal, {@code dataPath} (a JSON pointer) for an invalid field. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Error(@JsonProperty("code") String code, @JsonProperty("dataPath") String dataPath,
                        @JsonProperty("message") String message) {

        public static Error code(String code, String message) {
            return new Error(code, null, message);
        }

        public static Error field(String dataPath, String message) {
            return new Error(null, dataPath, message);
        }
    }

    public ErrorResponse {
        errors = List.copyOf(errors);
    }

    public static ErrorResponse of(String message, String code, String detail) {
        return new ErrorResponse(message, List.of(Error.code(code, detail)));
    }
}
