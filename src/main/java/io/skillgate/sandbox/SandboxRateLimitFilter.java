package io.skillgate.sandbox;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * SR's rate limits per credential: 10 requests per second and 8 at once, 429 beyond, and the
 * {@code X-RateLimit-*} headers on every answer. The credential is the bearer token's owner, or the
 * {@code client_id} of a token request. Not a bean: only the sandbox's filter chain runs it.
 */
class SandboxRateLimitFilter extends OncePerRequestFilter {

    private final SandboxState state;

    SandboxRateLimitFilter(SandboxState state) {
        this.state = state;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String clientId = clientOf(request);
        if (clientId == null) {
            chain.doFilter(request, response);
            return;
        }
        SandboxState.Admission admission = state.admit(clientId);
        response.setHeader("X-RateLimit-Limit", Integer.toString(SandboxState.REQUESTS_PER_SECOND));
        response.setHeader("X-RateLimit-Remaining", Integer.toString(admission.remaining()));
        response.setHeader("X-RateLimit-Concurrent-Limit", Integer.toString(SandboxState.CONCURRENT_LIMIT));
        response.setHeader("X-RateLimit-Concurrent-Remaining", Integer.toString(admission.concurrentRemaining()));
        if (!admission.allowed()) {
            response.setStatus(429);
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"message\":\"Too Many Requests\",\"errors\":[{\"code\":"
                    + "\"RATE_LIMIT_EXCEEDED\",\"message\":\"At most 10 requests per second and 8 at once\"}]}");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            state.finished(clientId);
        }
    }

    private String clientOf(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.startsWith("Bearer ")) {
            return state.clientOfToken(authorization.substring(7).trim()).orElse(null);
        }
        if (request.getRequestURI().endsWith("/identity/oauth/token")) {
            return request.getParameter("client_id");
        }
        return null;
    }
}
