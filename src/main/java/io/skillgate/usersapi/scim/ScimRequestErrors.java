package io.skillgate.usersapi.scim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.ApiRequestErrors;
import io.skillgate.base.BodySizeLimitFilter;
import io.skillgate.base.RequestFault;

/**
 * The edges of {@code /scim/v2}: the body limit (413 in SCIM's shape, before the body is read or while reading it),
 * a SCIM 404 for paths no endpoint serves (otherwise the Vaadin servlet would answer HTML), and SCIM errors for
 * what Spring raises before a controller is chosen (wrong method or media type).
 */
@Component
class ScimRequestErrors extends ApiRequestErrors {

    ScimRequestErrors(ObjectMapper json) {
        super(json, Scim.BASE + "/", Scim.MEDIA_TYPE);
    }

    @Bean
    static FilterRegistrationBean<OncePerRequestFilter> scimRequestSizeLimit() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new BodySizeLimitFilter(
                Scim.MAX_BODY_BYTES, (response, message) -> write(response, HttpStatus.PAYLOAD_TOO_LARGE, message)));
        registration.setName("scimRequestSizeLimit");
        registration.addUrlPatterns(Scim.BASE + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    static SimpleUrlHandlerMapping scimFallbackMapping() {
        HttpRequestHandler notFound = (request, response) -> write(response, HttpStatus.NOT_FOUND, "No such endpoint");
        return new SimpleUrlHandlerMapping(Map.of(Scim.BASE + "/**", notFound), Ordered.LOWEST_PRECEDENCE - 10);
    }

    @Override
    protected ResponseEntity<ScimError> answer(Exception e) {
        RequestFault fault = faultOf(e);
        return respond(fault == null
                ? new RequestFault(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "The request cannot be processed") : fault);
    }

    /** What a request that is not what the endpoint takes is answered; {@code null} for anything else. */
    static @Nullable RequestFault faultOf(Exception e) {
        RequestFault none = new RequestFault(HttpStatus.INTERNAL_SERVER_ERROR, "", "");
        RequestFault fault = RequestFault.of(e, Scim.MAX_BODY_BYTES, none);
        return fault == none ? null : fault;
    }

    static ResponseEntity<ScimError> respond(RequestFault fault) {
        String scimType = fault.code().equals("MALFORMED_BODY") ? "invalidSyntax"
                : fault.code().equals("INVALID_PARAMETER") ? "invalidValue" : null;
        return ScimError.respond(fault.status(), scimType, fault.message());
    }

    private static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(Scim.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"schemas\":[\"" + Scim.ERROR + "\"],\"status\":\"" + status.value()
                + "\",\"detail\":\"" + detail + "\"}");
    }

}
