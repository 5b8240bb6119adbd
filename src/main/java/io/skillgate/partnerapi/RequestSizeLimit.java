package io.skillgate.partnerapi;

import java.io.IOException;

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
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bodies sent to the partner API are small JSON or form documents; anything over {@link #MAX_BYTES} is refused
 * with 413 before it is read — by its Content-Length, or while reading a chunked body.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

    static final int MAX_BYTES = 64 * 1024;

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> partnerApiRequestSizeLimit() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new LimitFilter());
        registration.addUrlPatterns(PartnerApiPaths.BASE + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
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
                        + "\"PAYLOAD_TOO_LARGE\",\"message\":\"The body may have at most " + MAX_BYTES + " bytes\"}]}");
                return;
            }
            chain.doFilter(new LimitedRequest(request), response);
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private ServletInputStream limited;

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
