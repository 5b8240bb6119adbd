package io.skillgate.base;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * What a machine API answers to a request that is not what the endpoint takes (a body that is no JSON or too
 * large, a missing header or parameter, a wrong content type or method, no such endpoint): status, code and
 * message; each API writes them in its own error shape.
 */
public record RequestFault(HttpStatus status, String code, String message) {

    /** The answer to {@code e}; {@code otherwise} for anything else. */
    public static RequestFault of(Exception e, int maxBodyBytes, RequestFault otherwise) {
        if (e instanceof HttpMessageNotReadableException) {
            return BodySizeLimitFilter.causedByTooLarge(e)
                    ? new RequestFault(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                            BodySizeLimitFilter.message(maxBodyBytes))
                    : new RequestFault(HttpStatus.BAD_REQUEST, "MALFORMED_BODY",
                            "The request body is not valid JSON of the expected shape");
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return new RequestFault(HttpStatus.BAD_REQUEST, "MISSING_HEADER", "Header '" + missing.getHeaderName()
                    + "' is required");
        }
        if (e instanceof MissingServletRequestParameterException || e instanceof MethodArgumentTypeMismatchException) {
            return new RequestFault(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
                    "A request parameter is missing or invalid");
        }
        if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
            return new RequestFault(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                    "Content type " + unsupported.getContentType() + " is not supported here");
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return new RequestFault(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "Only application/json is produced");
        }
        if (e instanceof HttpRequestMethodNotSupportedException wrongMethod) {
            return new RequestFault(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                    "Method " + wrongMethod.getMethod() + " is not allowed here");
        }
        if (e instanceof NoResourceFoundException) {
            return new RequestFault(HttpStatus.NOT_FOUND, "NOT_FOUND", "No such endpoint");
        }
        if (e instanceof RequestRejectedException) {
            return new RequestFault(HttpStatus.BAD_REQUEST, "REQUEST_REJECTED",
                    "The request holds characters that are not allowed");
        }
        return otherwise;
    }
}
