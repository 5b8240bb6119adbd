package io.skillgate.partnerapi;

import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code requester} header of a package request: SR's documentation leaves its serialisation open, so both
 * a JSON object with an {@code email} and a bare e-mail are accepted. Anything else is a 400.
 */
record Requester(String email) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\"]{1,64}@[^@\\s\"]{1,189}\\.[^@\\s\"]{1,63}$");
    private static final int MAX_HEADER_LENGTH = 2000;

    static Requester parse(String header, ObjectMapper json) {
        String value = header.strip();
        if (value.length() > MAX_HEADER_LENGTH) {
            throw invalid("The requester header is too long");
        }
        String email = value;
        if (value.startsWith("{")) {
            try {
                JsonNode node = json.readTree(value);
                JsonNode emailNode = node == null ? null : node.get("email");
                if (emailNode == null || !emailNode.isTextual()) {
                    throw invalid("The requester header needs an email");
                }
                email = emailNode.asText().strip();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw invalid("The requester header is neither JSON nor an e-mail address");
            }
        }
        if (!EMAIL.matcher(email).matches()) {
            throw invalid("The requester header does not carry a valid e-mail address");
        }
        return new Requester(email.toLowerCase(java.util.Locale.ROOT));
    }

    private static PartnerApiException invalid(String message) {
        return new PartnerApiException(HttpStatus.BAD_REQUEST, "INVALID_REQUESTER", message);
    }
}
