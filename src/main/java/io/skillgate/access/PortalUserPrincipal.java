package io.skillgate.access;

import java.io.Serial;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import io.skillgate.base.CompanyId;
import io.skillgate.base.SignedInUser;

/** The signed-in portal user, as Spring Security keeps it in the session. */
public class PortalUserPrincipal extends User implements SignedInUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long userId;
    private final @Nullable CompanyId companyId;
    private final String displayName;
    private final SystemRole role;
    private final @Nullable SsoLoginMode ssoLoginMode;

    /** @param ssoLoginMode how the user signs in while the company's SSO is enabled; {@code null}: company rules */
    public PortalUserPrincipal(long userId, @Nullable CompanyId companyId, String email, String displayName,
                               SystemRole role, @Nullable String passwordHash, boolean active,
                               @Nullable SsoLoginMode ssoLoginMode) {
        super(email, passwordHash == null ? "" : passwordHash, active, true, true, true,
                List.of(new SimpleGrantedAuthority(role.authority())));
        this.userId = userId;
        this.companyId = companyId;
        this.displayName = displayName;
        this.role = role;
        this.ssoLoginMode = ssoLoginMode;
    }

    public long userId() {
        return userId;
    }

    @Override
    public @Nullable CompanyId companyId() {
        return companyId;
    }

    /** The company of a customer user; fails for an operator. */
    public CompanyId requireCompanyId() {
        if (companyId == null) {
            throw new IllegalStateException("operators belong to no company");
        }
        return companyId;
    }

    @Override
    public String email() {
        return getUsername();
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public SystemRole role() {
        return role;
    }

    public @Nullable SsoLoginMode ssoLoginMode() {
        return ssoLoginMode;
    }

    @Override
    public boolean companyAdmin() {
        return role == SystemRole.ADMIN && companyId() != null;
    }

    @Override
    public boolean companyAuditor() {
        return role == SystemRole.AUDITOR && companyId() != null;
    }

    @Override
    public boolean operator() {
        return role == SystemRole.OPERATOR;
    }

    public boolean hasRole(SystemRole expected) {
        return role == expected;
    }
}
