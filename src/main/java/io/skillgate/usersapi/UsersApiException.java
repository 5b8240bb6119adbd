package io.skillgate.usersapi;

import java.util.List;

import org.springframework.http.HttpStatus;

import io.skillgate.usersapi.v201804.ErrorResponse;

/** A refusal of the Users API with its status and errors. */
class UsersApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<ErrorResponse.Error> errors;

    UsersApiException(HttpStatus status, List<ErrorResponse.Error> errors) {
        super(errors.isEmpty() ? status.getReasonPhrase() : errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    static UsersApiException of(HttpStatus status, String code, String message) {
        return new UsersApiException(status, List.of(ErrorResponse.Error.code(code, message)));
    }

    static UsersApiException invalid(List<ErrorResponse.Error> errors) {
        return new UsersApiException(HttpStatus.UNPROCESSABLE_ENTITY, errors);
    }

    static UsersApiException userNotFound() {
        return of(HttpStatus.NOT_FOUND, "USER_NOT_FOUND", "No such user");
    }

    HttpStatus status() {
        return status;
    }

    List<ErrorResponse.Error> errors() {
        return errors;
    }
}
