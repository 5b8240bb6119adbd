package io.skillgate.usersapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.BodySizeLimitFilter;
import io.skillgate.usersapi.v201804.ErrorResponse;

/**
 * Errors Spring raises under {@code /api/users/**} before any controller is chosen (wrong method or media type on
 * a known path): answered in the Users API's shape. A resolver of its own rather than a global advice, so the
 * other modules' advices are not disturbed; anything else (other paths, our controllers' errors) is left alone.
 */
@Component
class UsersApiRequestErrors implements HandlerExceptionResolver, Ordered {

    private final ObjectMapper json;

    UsersApiRequestErrors(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                                                   @Nullable Object handler, Exception e) {
        boolean ours = request.getRequestURI().startsWith(request.getContextPath() + "/api/users/");
        boolean controllerChosen = handler instanceof HandlerMethod;
        if (!ours || controllerChosen || response.isCommitted()) {
            return null;
        }
        ResponseEntity<ErrorResponse> answer = answerFor(e);
        try {
            response.setStatus(answer.getStatusCode().value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getWriter(), answer.getBody());
        } catch (IOException writeFailed) {
            return null;
        }
        return new ModelAndView();
    }

    /** The answer to a request that is not what the endpoint takes (shared with the controllers' advice). */
    static ResponseEntity<ErrorResponse> answerFor(Exception e) {
        if (e instanceof HttpMessageNotReadableException) {
            return BodySizeLimitFilter.causedByTooLarge(e)
                    ? respond(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", BodySizeLimit.TOO_LARGE)
                    : respond(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "The request body is not valid JSON of the"
                            + " expected shape");
        }
        if (e instanceof MissingServletRequestParameterException || e instanceof MethodArgumentTypeMismatchException) {
            return respond(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", "A request parameter is missing or invalid");
        }
        if (e instanceof HttpMediaTypeNotSupportedException unsupported) {
            return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                    "Content type " + unsupported.getContentType() + " is not supported here");
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return respond(HttpStatus.NOT_ACCEPTABLE, "NOT_ACCEPTABLE", "Only application/json is produced");
        }
        if (e instanceof HttpRequestMethodNotSupportedException wrongMethod) {
            return respond(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED",
                    "Method " + wrongMethod.getMethod() + " is not allowed here");
        }
        return respond(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "The request cannot be processed");
    }


    private static ResponseEntity<ErrorResponse> respond(HttpStatus status, String code, String message) {
        return UsersApiExceptionHandler.respond(status, code, message);
    }
}
