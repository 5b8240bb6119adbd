package io.skillgate.base.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured line per request: method, path, status, duration and client address, as key-value pairs
 * (JSON fields when structured logging is on, as in prod). Never the query string, headers or body, which
 * may carry tokens or passwords. Vaadin's own traffic (static files, UIDL round trips, heartbeats) is
 * logged at DEBUG only. A password link's token in the path is left out.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLoggingFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger("io.skillgate.request");

    private final Clock clock;

    RequestLoggingFilter(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant start = clock.instant();
        try {
            chain.doFilter(request, response);
        } finally {
            long millis = Duration.between(start, clock.instant()).toMillis();
            String path = withoutSecret(request.getRequestURI());
            log.atLevel(isFrameworkTraffic(request) ? Level.DEBUG : Level.INFO)
                    .addKeyValue("http.method", request.getMethod())
                    .addKeyValue("http.path", path)
                    .addKeyValue("http.status", response.getStatus())
                    .addKeyValue("duration.ms", millis)
                    .addKeyValue("client.address", request.getRemoteAddr())
                    .log("{} {} -> {} in {} ms", request.getMethod(), path, response.getStatus(), millis);
        }
    }

    /** The path with the token of a password link ({@code /password/<token>}) left out: it sets a password. */
    static String withoutSecret(String path) {
        return path.startsWith("/password/") ? "/password/…" : path;
    }

    private static boolean isFrameworkTraffic(HttpServletRequest request) {
        String path = request.getRequestURI();
        String query = request.getQueryString();
        return (query != null && query.startsWith("v-r="))
                || path.startsWith("/VAADIN/")
                || path.startsWith("/HEARTBEAT/")
                || path.equals("/favicon.ico")
                || path.startsWith("/sw") || path.startsWith("/icons/") || path.startsWith("/themes/");
    }
}
