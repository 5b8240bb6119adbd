package io.skillgate.partnerapi;

import org.springframework.http.HttpStatus;

/** A refusal with SR's error shape: status, a stable code and a message for SR's logs. */
class PartnerApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    PartnerApiException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }
}
