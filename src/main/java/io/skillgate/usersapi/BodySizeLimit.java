package io.skillgate.usersapi;

import java.util.Map;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import io.skillgate.base.BodySizeLimitFilter;

/**
 * Bodies sent to the Users API are JSON of at most {@link #MAX_BYTES} (room for 5000 ids); a larger one is refused
 * with 413 before it is read (by Content-Length) or while reading a chunked body. Also: a path under the API that no
 * endpoint serves is a JSON 404 (otherwise Spring would hand it to the Vaadin servlet's HTML).
 */
@Configuration(proxyBeanMethods = false)
class BodySizeLimit {

    static final int MAX_BYTES = 256 * 1024;
    static final String TOO_LARGE = BodySizeLimitFilter.message(MAX_BYTES);

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> usersApiRequestSizeLimit() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new BodySizeLimitFilter(MAX_BYTES));
        // a name of its own, distinct from the partner API's registration of the same filter class
        registration.setName("usersApiRequestSizeLimit");
        registration.addUrlPatterns("/api/users/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    SimpleUrlHandlerMapping usersApiFallbackMapping() {
        HttpRequestHandler notFound = (request, response) -> {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"message\":\"Not Found\",\"errors\":[{\"code\":\"NOT_FOUND\","
                    + "\"message\":\"No such endpoint\"}]}");
        };
        return new SimpleUrlHandlerMapping(Map.of("/api/users/**", notFound), Ordered.LOWEST_PRECEDENCE - 10);
    }
}
