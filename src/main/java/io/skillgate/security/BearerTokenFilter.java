package io.skillgate.security;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer …} and, when {@code authenticate} accepts the token, puts its authentication in
 * the security context: SR's access tokens on the partner API, API keys on the Users API.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final Function<String, Optional<? extends Authentication>> authenticate;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(Function<String, Optional<? extends Authentication>> authenticate) {
        this.authenticate = authenticate;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            authenticate.apply(authorization.substring(7).strip()).ifPresent(authentication -> {
                var context = contextHolder.createEmptyContext();
                context.setAuthentication(authentication);
                contextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
