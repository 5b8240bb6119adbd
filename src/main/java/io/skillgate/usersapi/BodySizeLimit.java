package io.skillgate.usersapi;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Bodies sent to the Users API are JSON of at most {@link #MAX_BYTES} (room for 5000 ids); a larger one is refused
 * with 413 before it is read (by Content-Length) or while reading a chunked body. Also: a path under the API that no
 * endpoint serves is a JSON 404 (otherwise Spring would hand it to the Vaadin servlet's HTML).
 */
@Configuration(proxyBeanMethods = false)
class BodySizeLimit {

    static final int MAX_BYTES = 256 * 1024;
    static final String TOO_LARGE = "The body may have at most " + MAX_BYTES + " bytes";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> usersApiRequestSizeLimit() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new LimitFilter());
        // a name of its own, distinct from the partner API's filter (whose class has the same simple name)
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

    /** Thrown while reading a body that turns out to be too large. */
    static class TooLarge extends IOException {
        TooLarge() {
            super("Request body over " + MAX_BYTES + " bytes");
        }
    }

    static class LimitFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > MAX_BYTES) {
                response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
                response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                response.getWriter().write("{\"message\":\"Payload Too Large\",\"errors\":[{\"code\":"
                        + "\"PAYLOAD_TOO_LARGE\",\"message\":\"" + TOO_LARGE + "\"}]}");
                return;
            }
            chain.doFilter(new LimitedRequest(request), response);
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private @org.jspecify.annotations.Nullable ServletInputStream limited;

        LimitedRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                ServletInputStream in = super.getInputStream();
                limited = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > MAX_BYTES) {
                            throw new TooLarge();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > MAX_BYTES) {
                            throw new TooLarge();
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return limited;
        }
    }
}
