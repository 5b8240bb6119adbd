package io.skillgate.base;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Errors Spring raises under a machine API's path before any controller is chosen (wrong method or media type on
 * a known path): answered in that API's shape by {@link #answer}. A resolver per API rather than a global advice,
 * so the other modules' advices are not disturbed; other paths and the API's own controllers' errors are left alone.
 */
public abstract class ApiRequestErrors implements HandlerExceptionResolver, Ordered {

    private final ObjectMapper json;
    private final String pathPrefix;
    private final String contentType;

    /** {@code pathPrefix} ends with a slash, e.g. {@code /api/users/}. */
    protected ApiRequestErrors(ObjectMapper json, String pathPrefix, String contentType) {
        this.json = json;
        this.pathPrefix = pathPrefix;
        this.contentType = contentType;
    }

    /** The answer (status and body) to {@code e} in the API's error shape. */
    protected abstract ResponseEntity<?> answer(Exception e);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
                                                   @Nullable Object handler, Exception e) {
        boolean ours = request.getRequestURI().startsWith(request.getContextPath() + pathPrefix);
        boolean controllerChosen = handler instanceof HandlerMethod;
        if (!ours || controllerChosen || response.isCommitted()) {
            return null;
        }
        ResponseEntity<?> answer = answer(e);
        try {
            response.setStatus(answer.getStatusCode().value());
            response.setContentType(contentType);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getWriter(), answer.getBody());
        } catch (IOException writeFailed) {
            return null;
        }
        return new ModelAndView();
    }

    /**
     * A handler mapping that answers any path matching {@code pathPattern} (e.g. {@code /api/users/**}) that no endpoint
     * serves with a JSON 404 in SR's error shape; without it Spring would hand the request to the Vaadin servlet,
     * which answers with an HTML page. Ordered after the controllers' mapping, so a known path with a wrong method or
     * media type still gets its 405 or 415.
     */
    public static SimpleUrlHandlerMapping unknownEndpoints(String pathPattern) {
        HttpRequestHandler notFound = (request, response) -> {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"message\":\"Not Found\",\"errors\":[{\"code\":\"NOT_FOUND\","
                    + "\"message\":\"No such endpoint\"}]}");
        };
        return new SimpleUrlHandlerMapping(Map.of(pathPattern, notFound), Ordered.LOWEST_PRECEDENCE - 10);
    }
}
