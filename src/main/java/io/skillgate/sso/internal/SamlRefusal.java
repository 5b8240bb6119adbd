package io.skillgate.sso.internal;

import org.springframework.security.saml2.core.Saml2Error;
import org.springframework.security.saml2.core.Saml2ErrorCodes;
import org.springframework.security.saml2.provider.service.authentication.Saml2AuthenticationException;

/**
 * Why a SAML response was refused: the code is what the audit log records ({@code sso.refused}) and what the
 * tests assert, one per check.
 */
enum SamlRefusal {
    BINDING("binding"),
    TOO_LARGE("too-large"),
    MALFORMED("malformed"),
    DTD("dtd"),
    ASSERTION_COUNT("assertion-count"),
    ENCRYPTED_ASSERTION("encrypted-assertion"),
    ASSERTION_POSITION("assertion-position"),
    DUPLICATE_ID("duplicate-id"),
    SIGNATURE_POSITION("signature-position"),
    SIGNATURE_REFERENCE("signature-reference"),
    COMMENT("comment"),
    WRONG_COMPANY("wrong-company"),
    UNKNOWN_COMPANY("unknown-company"),
    STATUS("status"),
    UNSIGNED("unsigned"),
    SIGNATURE("signature"),
    SIGNATURE_ALGORITHM("signature-algorithm"),
    ISSUER("issuer"),
    DESTINATION("destination"),
    IN_RESPONSE_TO("in-response-to"),
    IDP_INITIATED("idp-initiated"),
    CONDITIONS("conditions"),
    NOT_YET_VALID("not-yet-valid"),
    EXPIRED("expired"),
    AUDIENCE("audience"),
    SUBJECT("subject"),
    NAME_ID_FORMAT("name-id-format"),
    RECIPIENT("recipient"),
    REPLAY("replay"),
    UNKNOWN_IDENTIFIER("unknown-identifier"),
    USER_INACTIVE("user-inactive"),
    /** The user's login mode is PASSWORD (Users API {@code ssoLoginMode}): never signed in by SSO. */
    PASSWORD_LOGIN_MODE("password-login-mode"),
    INTERNAL("internal");

    private final String code;

    SamlRefusal(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** The code to record for an error: ours as they are, Spring's signature verdict as {@link #SIGNATURE}. */
    static String codeOf(Saml2Error error) {
        return Saml2ErrorCodes.INVALID_SIGNATURE.equals(error.getErrorCode()) ? SIGNATURE.code : error.getErrorCode();
    }

    Saml2Error error(String description) {
        return new Saml2Error(code, description);
    }

    Saml2AuthenticationException exception(String description) {
        return new Saml2AuthenticationException(error(description));
    }
}
