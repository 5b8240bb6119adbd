package io.skillgate.sso.internal;

import java.io.Serial;

import org.jspecify.annotations.Nullable;
import org.springframework.security.saml2.provider.service.authentication.Saml2AuthenticationException;

/**
 * A valid, signed response that still signs nobody in: a test sign-in finished, or a NameID no user has (offered
 * for login binding). The failure handler turns it into the right page.
 */
class SsoOutcome extends Saml2AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    enum Kind { TEST_FINISHED, BINDING_OFFERED }

    private final Kind kind;
    private final String nameId;
    private final transient @Nullable CompanySso company;

    SsoOutcome(Kind kind, SamlRefusal code, String description, String nameId, CompanySso company) {
        super(code.error(description));
        this.kind = kind;
        this.nameId = nameId;
        this.company = company;
    }

    Kind kind() {
        return kind;
    }

    String nameId() {
        return nameId;
    }

    @Nullable CompanySso company() {
        return company;
    }
}
