package io.skillgate.base;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A machine API's body limit: a request whose Content-Length is over {@code maxBytes} is answered 413 (JSON in the
 * APIs' error shape) before it is read; a chunked body that grows past it fails while being read with
 * {@link TooLarge}, which the API's exception handler turns into the same 413.
 */
public final class BodySizeLimitFilter extends OncePerRequestFilter {

    /** Writes the 413 answer (status already set) in an API's own error shape; {@code message} is ours, not input. */
    @FunctionalInterface
    public interface Refusal {
        void write(HttpServletResponse response, String message) throws IOException;
    }

    private final int maxBytes;
    private final Refusal refusal;

    /** The 413 in the partner API's and Users API's shape {@code {message, errors:[{code, message}]}}. */
    public BodySizeLimitFilter(int maxBytes) {
        this(maxBytes, (response, message) -> {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"message\":\"Payload Too Large\",\"errors\":[{\"code\":"
                    + "\"PAYLOAD_TOO_LARGE\",\"message\":\"" + message + "\"}]}");
        });
    }

    public BodySizeLimitFilter(int maxBytes, Refusal refusal) {
        this.maxBytes = maxBytes;
        this.refusal = refusal;
    }

    /** The message both ways of refusing use. */
    public static String message(int maxBytes) {
        return "The body may have at most " + maxBytes + " bytes";
    }

    /** Thrown while reading a body that turns out to be too large. */
    public static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        TooLarge(int maxBytes) {
            super("Request body over " + maxBytes + " bytes");
        }
    }

    /** Whether {@code e} or one of its causes is a {@link TooLarge}. */
    public static boolean causedByTooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TooLarge) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            refusal.write(response, message(maxBytes));
            return;
        }
        chain.doFilter(new LimitedRequest(request, maxBytes), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final int maxBytes;
        private @Nullable ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, int maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
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
                        if (b >= 0 && ++read > maxBytes) {
                            throw new TooLarge(maxBytes);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > maxBytes) {
                            throw new TooLarge(maxBytes);
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
