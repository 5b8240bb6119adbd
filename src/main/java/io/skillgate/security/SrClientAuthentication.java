package io.skillgate.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import io.skillgate.connection.SrClient;

/** SmartRecruiters, authenticated by a bearer token issued for one connected company. */
class SrClientAuthentication extends AbstractAuthenticationToken {

    static final String AUTHORITY = "SR_CLIENT";

    private final SrClient client;

    SrClientAuthentication(SrClient client) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public SrClient getPrincipal() {
        return client;
    }
}
