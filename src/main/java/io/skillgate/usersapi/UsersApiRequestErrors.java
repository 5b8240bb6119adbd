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
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.RequestFault;
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
        RequestFault fault = RequestFault.of(e, BodySizeLimit.MAX_BYTES, new RequestFault(HttpStatus.BAD_REQUEST,
                "BAD_REQUEST", "The request cannot be processed"));
        return respond(fault.status(), fault.code(), fault.message());
    }

    private static ResponseEntity<ErrorResponse> respond(HttpStatus status, String code, String message) {
        return UsersApiExceptionHandler.respond(status, code, message);
    }
}
