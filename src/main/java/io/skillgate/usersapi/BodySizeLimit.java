package io.skillgate.usersapi;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import io.skillgate.base.ApiRequestErrors;
import io.skillgate.base.BodySizeLimitFilter;

/**
 * Bodies sent to the Users API are JSON of at most {@link #MAX_BYTES} (room for 5000 ids), except the batch import's
 * at {@link #BATCH_PATH}: at most {@link #BATCH_MAX_BYTES} (10,000 user lines of up to ~500 bytes each). A larger one
 * is refused with 413 before it is read (by Content-Length) or while reading a chunked body. Also: a path under the
 * API that no endpoint serves is a JSON 404 (otherwise Spring would hand it to the Vaadin servlet's HTML).
 */
@Configuration(proxyBeanMethods = false)
class BodySizeLimit {

    static final int MAX_BYTES = 256 * 1024;
    static final String TOO_LARGE = BodySizeLimitFilter.message(MAX_BYTES);
    static final int BATCH_MAX_BYTES = 5 * 1024 * 1024;
    static final String BATCH_PATH = UsersApiPaths.BASE + "/users/batch";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> usersApiRequestSizeLimit() {
        BodySizeLimitFilter usual = new BodySizeLimitFilter(MAX_BYTES);
        BodySizeLimitFilter batch = new BodySizeLimitFilter(BATCH_MAX_BYTES);
        OncePerRequestFilter byPath = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                boolean isBatch = request.getRequestURI().equals(request.getContextPath() + BATCH_PATH);
                (isBatch ? batch : usual).doFilter(request, response, chain);
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(byPath);
        // a name of its own, distinct from the partner API's registration of the same filter class
        registration.setName("usersApiRequestSizeLimit");
        registration.addUrlPatterns("/api/users/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    SimpleUrlHandlerMapping usersApiFallbackMapping() {
        return ApiRequestErrors.unknownEndpoints("/api/users/**");
    }
}
