package io.skillgate.usersapi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import io.skillgate.access.UserException;
import io.skillgate.usersapi.v201804.ErrorResponse;

/**
 * Every error of the Users API's controllers in its shape. Bad input is a 4xx; only a fault of ours is a 500, its
 * details in our log. Errors raised before a controller is chosen are answered by {@link UsersApiRequestErrors}.
 * Only this API's controllers: SCIM ({@code usersapi.scim}) answers in its own shape.
 */
@RestControllerAdvice(assignableTypes = UsersApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UsersApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UsersApiExceptionHandler.class);

    @ExceptionHandler(UsersApiException.class)
    ResponseEntity<ErrorResponse> refused(UsersApiException e) {
        return ResponseEntity.status(e.status()).body(new ErrorResponse(e.status().getReasonPhrase(), e.errors()));
    }

    @ExceptionHandler(UserException.class)
    ResponseEntity<ErrorResponse> refusedByAccess(UserException e) {
        return switch (e.reason()) {
            case DUPLICATE_EMAIL -> respond(HttpStatus.CONFLICT, "USER_ALREADY_EXISTS", e.getMessage());
            case DUPLICATE_SSO_IDENTIFIER -> respond(HttpStatus.CONFLICT, "SSO_IDENTIFIER_ALREADY_EXISTS",
                    e.getMessage());
            case NOT_FOUND -> respond(HttpStatus.NOT_FOUND, "NOT_FOUND", e.getMessage());
            case NOT_IN_GROUP -> respond(HttpStatus.NOT_FOUND, "USER_NOT_IN_ACCESS_GROUP", e.getMessage());
            case FORBIDDEN -> respond(HttpStatus.FORBIDDEN, "FORBIDDEN", e.getMessage());
            case INVALID -> respond(HttpStatus.UNPROCESSABLE_ENTITY, "INVALID", e.getMessage());
        };
    }

    /** Two requests racing for one e-mail or SSO identifier: the database's unique index decides. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ErrorResponse> conflict(DataIntegrityViolationException e) {
        log.info("Users API request refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return respond(HttpStatus.CONFLICT, "CONFLICT", "The change conflicts with another user (e-mail or SSO"
                + " identifier already in use)");
    }

    /** What Spring MVC raises for a request that is not what the chosen endpoint takes. */
    @ExceptionHandler({HttpMessageNotReadableException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class, HttpMediaTypeNotSupportedException.class,
            HttpMediaTypeNotAcceptableException.class, HttpRequestMethodNotSupportedException.class})
    ResponseEntity<ErrorResponse> unfit(Exception e) {
        return UsersApiRequestErrors.answerFor(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorResponse> fault(Exception e) {
        log.error("Users API request failed", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Something went wrong on our side");
    }

    static ResponseEntity<ErrorResponse> respond(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(ErrorResponse.of(status.getReasonPhrase(), code, message));
    }
}
