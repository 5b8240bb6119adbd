package io.skillgate.partnerapi;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.skillgate.partnerapi.v1.ErrorResponse;

/**
 * Errors Spring raises before any controller is chosen (wrong method or media type on a known path, a
 * multipart body that cannot be parsed): for
 * {@code /api/sr/**} in SR's shape; for any other path the exception is handed on (rethrown) to whoever
 * answers there. Lowest precedence, so other modules' advices are asked first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PartnerApiRequestErrors {

    @ExceptionHandler({HttpMessageNotReadableException.class, MissingRequestHeaderException.class,
            MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            HttpMediaTypeNotSupportedException.class, HttpMediaTypeNotAcceptableException.class,
            HttpRequestMethodNotSupportedException.class, NoResourceFoundException.class,
            RequestRejectedException.class, MultipartException.class})
    ResponseEntity<ErrorResponse> beforeAnyController(Exception e, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + PartnerApiPaths.BASE + "/")) {
            throw e;
        }
        return PartnerApiExceptionHandler.answerFor(e);
    }
}
