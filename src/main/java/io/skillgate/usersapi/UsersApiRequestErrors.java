package io.skillgate.usersapi;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.ApiRequestErrors;
import io.skillgate.base.RequestFault;
import io.skillgate.usersapi.v201804.ErrorResponse;

/**
 * Errors Spring raises under {@code /api/users/**} before any controller is chosen (wrong method or media type on
 * a known path): answered in the Users API's shape. A resolver of its own rather than a global advice, so the
 * other modules' advices are not disturbed; anything else (other paths, our controllers' errors) is left alone.
 */
@Component
class UsersApiRequestErrors extends ApiRequestErrors {

    UsersApiRequestErrors(ObjectMapper json) {
        super(json, "/api/users/", MediaType.APPLICATION_JSON_VALUE);
    }

    @Override
    protected ResponseEntity<ErrorResponse> answer(Exception e) {
        return answerFor(e);
    }

    /** The answer to a request that is not what the endpoint takes (shared with the controllers' advice). */
    static ResponseEntity<ErrorResponse> answerFor(Exception e) {
        RequestFault fault = RequestFault.of(e, BodySizeLimit.MAX_BYTES, new RequestFault(HttpStatus.BAD_REQUEST,
                "BAD_REQUEST", "The request cannot be processed"));
        return respond(fault.status(), fault.code(), fault.message());
    }

    private static ResponseEntity<ErrorResponse> respond(HttpStatus status, String code, String message) {
        return UsersApiExceptionHandler.respond(status, code, message);
    }
}
