package io.skillgate.partnerapi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.skillgate.base.BodySizeLimitFilter;
import io.skillgate.base.RequestFault;
import io.skillgate.partnerapi.v1.ErrorResponse;

/**
 * Every error of the partner API in SR's shape, written directly (never through the container's error page).
 * Bad input is a 4xx; only a fault of ours is a 500, and its details stay in our log. Errors raised before a
 * controller is chosen (wrong method, media type, no such endpoint) have no controller, so
 * {@link PartnerApiRequestErrors} answers those, for {@code /api/sr/**} only.
 */
@RestControllerAdvice(basePackageClasses = PartnerApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PartnerApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PartnerApiExceptionHandler.class);
    private static final String TOO_LARGE = BodySizeLimitFilter.message(RequestSizeLimit.MAX_BYTES);

    @ExceptionHandler(PartnerApiException.class)
    ResponseEntity<ErrorResponse> refused(PartnerApiException e) {
        return ResponseEntity.status(e.status()).body(new ErrorResponse(e.status().getReasonPhrase(), e.errors()));
    }

    @ExceptionHandler(BodySizeLimitFilter.TooLarge.class)
    ResponseEntity<ErrorResponse> tooLarge(BodySizeLimitFilter.TooLarge e) {
        return respond(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", TOO_LARGE);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ErrorResponse> invalid(MethodArgumentNotValidException e) {
        var errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new ErrorResponse.Error("INVALID_FIELD", f.getField() + ": " + f.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(new ErrorResponse("Invalid request", errors));
    }

    /** What Spring MVC and Spring Security raise for requests that are not what an endpoint takes. */
    @ExceptionHandler({HttpMessageNotReadableException.class, MissingRequestHeaderException.class,
            MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
            HttpRequestMethodNotSupportedException.class, NoResourceFoundException.class,
            RequestRejectedException.class, MultipartException.class})
    ResponseEntity<ErrorResponse> unfit(Exception e) {
        return answerFor(e);
    }

    /** SR's answer to a request that is not what the endpoint takes (shared with {@link PartnerApiRequestErrors}). */
    static ResponseEntity<ErrorResponse> answerFor(Exception e) {
        RequestFault fault = RequestFault.of(e, RequestSizeLimit.MAX_BYTES, new RequestFault(HttpStatus.BAD_REQUEST,
                "MALFORMED_BODY", "The multipart body cannot be parsed"));
        return respond(fault.status(), fault.code(), fault.message());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorResponse> fault(Exception e) {
        log.error("Partner API request failed", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Something went wrong on our side");
    }

    static ResponseEntity<ErrorResponse> respond(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(ErrorResponse.of(status.getReasonPhrase(), code, message));
    }
}
