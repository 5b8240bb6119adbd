package io.skillgate.usersapi.scim;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.skillgate.access.UserException;
import io.skillgate.base.RequestFault;

/**
 * Every error of the SCIM controllers in SCIM's shape ({@code application/scim+json}). Bad input is a 4xx; only a
 * fault of ours is a 500, its details in our log. Errors before a controller is chosen: {@link ScimRequestErrors}.
 */
@RestControllerAdvice(basePackageClasses = ScimExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScimExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ScimExceptionHandler.class);

    @ExceptionHandler(ScimException.class)
    ResponseEntity<ScimError> refused(ScimException e) {
        return ScimError.respond(e.status(), e.scimType(), e.getMessage());
    }

    @ExceptionHandler(UserException.class)
    ResponseEntity<ScimError> refusedByAccess(UserException e) {
        return switch (e.reason()) {
            case DUPLICATE_EMAIL, DUPLICATE_SSO_IDENTIFIER -> ScimError.respond(HttpStatus.CONFLICT, "uniqueness",
                    e.getMessage());
            case NOT_FOUND, NOT_IN_GROUP -> ScimError.respond(HttpStatus.NOT_FOUND, null, e.getMessage());
            case FORBIDDEN -> ScimError.respond(HttpStatus.FORBIDDEN, null, e.getMessage());
            case INVALID -> ScimError.respond(HttpStatus.BAD_REQUEST, "invalidValue", e.getMessage());
        };
    }

    /** Two requests racing for one e-mail or group name: the database's unique index decides. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ScimError> conflict(DataIntegrityViolationException e) {
        log.info("SCIM request refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return ScimError.respond(HttpStatus.CONFLICT, "uniqueness", "The change conflicts with an existing resource");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ScimError> unfitOrFault(Exception e) {
        RequestFault fault = ScimRequestErrors.faultOf(e);
        if (fault == null) {
            log.error("SCIM request failed", e);
            return ScimError.respond(HttpStatus.INTERNAL_SERVER_ERROR, null, "Something went wrong on our side");
        }
        return ScimRequestErrors.respond(fault);
    }
}
