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

import io.skillgate.connection.ConnectionService;

/** Reads {@code Authorization: Bearer …} on the partner API and, for a valid token, authenticates SR's client. */
class SrBearerTokenFilter extends OncePerRequestFilter {

    private final ConnectionService connections;
    private final SecurityContextHolderStrategy contextHolder = SecurityContextHolder.getContextHolderStrategy();

    SrBearerTokenFilter(ConnectionService connections) {
        this.connections = connections;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            connections.authenticate(authorization.substring(7).strip()).ifPresent(client -> {
                var context = contextHolder.createEmptyContext();
                context.setAuthentication(new SrClientAuthentication(client));
                contextHolder.setContext(context);
            });
        }
        chain.doFilter(request, response);
    }
}
