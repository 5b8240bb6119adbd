package io.skillgate.sso;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import io.skillgate.access.PortalUserPrincipal;

/** A portal user signed in by their company's IdP. */
public final class SsoAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PortalUserPrincipal principal;
    private final String nameId;

    public SsoAuthentication(PortalUserPrincipal principal, String nameId) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.nameId = nameId;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public PortalUserPrincipal getPrincipal() {
        return principal;
    }

    /** The NameID the IdP vouched for. */
    public String nameId() {
        return nameId;
    }
}
