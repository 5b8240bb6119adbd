package io.skillgate.partnerapi;

import java.util.List;

import org.springframework.http.HttpStatus;

import io.skillgate.partnerapi.v1.ErrorResponse;

/** A refusal with SR's error shape: status, a stable code and a message for SR's logs (or several of them). */
class PartnerApiException extends RuntimeException {

    private final HttpStatus status;
    private final List<ErrorResponse.Error> errors;

    PartnerApiException(HttpStatus status, String code, String message) {
        this(status, List.of(new ErrorResponse.Error(code, message)));
    }

    /** @param errors at least one; the first one's message is this exception's message */
    PartnerApiException(HttpStatus status, List<ErrorResponse.Error> errors) {
        super(errors.get(0).message());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return errors.get(0).code();
    }

    List<ErrorResponse.Error> errors() {
        return errors;
    }
}
