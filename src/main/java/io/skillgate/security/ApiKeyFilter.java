package io.skillgate.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import io.skillgate.apikey.ApiKeyService;

/** Reads {@code Authorization: Bearer sgk_…} and, for a valid, unrevoked key, authenticates its company's caller. */
class ApiKeyFilter extends OncePerRequestFilter {

    private final ApiKeyService keys;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyFilter(ApiKeyService keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            keys.authenticate(authorization.substring(7).strip()).ifPresent(key -> {
                var context = contextHolder.createEmptyContext();
                context.setAuthentication(new ApiKeyAuthentication(key));
                contextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
