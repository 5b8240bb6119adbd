package io.skillgate.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/**
 * Writes SR's error shape (and SCIM's, {@link #writeScim}) {@code {message, errors:[{code, message}]}} straight to the response: going through
 * {@code sendError} would hand the answer to the UI's error page. The texts are constants of ours, never input.
 */
final class JsonErrorWriter {

    private JsonErrorWriter() {
    }

    static void write(HttpServletResponse response, int status, String message, String code, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"message\":\"" + message + "\",\"errors\":[{\"code\":\"" + code
                + "\",\"message\":\"" + detail + "\"}]}");
    }

    /** SCIM's error shape (RFC 7644 §3.12) as {@code application/scim+json}. */
    static void writeScim(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/scim+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:Error\"],\"status\":\""
                + status + "\",\"detail\":\"" + detail + "\"}");
    }
}
