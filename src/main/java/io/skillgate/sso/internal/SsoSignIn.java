package io.skillgate.sso.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.saml2.provider.service.authentication.OpenSaml4AuthenticationProvider.ResponseToken;
import org.opensaml.saml.saml2.core.Assertion;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SsoLoginMode;
import io.skillgate.base.Secrets;
import io.skillgate.access.UserService;
import io.skillgate.sso.SsoAuthentication;
import io.skillgate.sso.SsoService;

/**
 * The last step of an SSO sign-in, after every check passed: consume the assertion (a replay to any node is
 * refused: its id stays in MariaDB until it could no longer be valid), finish a test sign-in, or find the user
 * whose SSO identifier is exactly the NameID: active, and not set to sign in with a password only.
 */
final class SsoSignIn {

    private final CompanyRegistrations registrations;
    private final SamlValidation validation;
    private final UserService users;
    private final SsoService sso;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SsoSignIn(CompanyRegistrations registrations, SamlValidation validation, UserService users, SsoService sso,
              JdbcTemplate jdbc, Clock clock) {
        this.registrations = registrations;
        this.validation = validation;
        this.users = users;
        this.sso = sso;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    AbstractAuthenticationToken signIn(ResponseToken responseToken) {
        CompanySso company = registrations.require(responseToken.getToken().getRelyingPartyRegistration()
                .getRegistrationId());
        Assertion assertion = responseToken.getResponse().getAssertions().get(0);
        consume(company, assertion);
        String nameId = assertion.getSubject().getNameID().getValue();
        Optional<PortalUserPrincipal> user = users.findForSso(company.companyId(), nameId);
        if (responseToken.getToken().getDetails() instanceof SsoLoginDetails details
                && details.testRequestedBy() != null) {
            String detail = "The IdP signed in \"" + nameId + "\": " + user.map(found -> found.isEnabled()
                    ? "that is " + found.email() + "." : "that is " + found.email() + ", who is deactivated.")
                    .orElse("no user has this SSO identifier yet.");
            sso.recordTest(company.companyId(), true, detail, details.testRequestedBy());
            throw new SsoOutcome(SsoOutcome.Kind.TEST_FINISHED, SamlRefusal.UNKNOWN_IDENTIFIER, detail, nameId,
                    company);
        }
        if (user.isEmpty()) {
            if (company.loginBindingAllowed() && !company.ssoOnly()) {
                throw new SsoOutcome(SsoOutcome.Kind.BINDING_OFFERED, SamlRefusal.UNKNOWN_IDENTIFIER,
                        "No user has this SSO identifier; login binding offered", nameId, company);
            }
            throw SamlRefusal.UNKNOWN_IDENTIFIER.exception("No user of the company has the SSO identifier \""
                    + nameId + "\"");
        }
        if (!user.get().isEnabled()) {
            throw SamlRefusal.USER_INACTIVE.exception("The user " + user.get().email() + " is deactivated");
        }
        if (user.get().ssoLoginMode() == SsoLoginMode.PASSWORD) {
            throw SamlRefusal.PASSWORD_LOGIN_MODE.exception("The user " + user.get().email()
                    + " signs in with a password only (login mode PASSWORD)");
        }
        return new SsoAuthentication(user.get(), nameId);
    }

    private void consume(CompanySso company, Assertion assertion) {
        String issuer = assertion.getIssuer() == null ? "" : assertion.getIssuer().getValue();
        String id = assertion.getID() == null ? "" : assertion.getID();
        if (id.isEmpty()) {
            throw SamlRefusal.MALFORMED.exception("The assertion has no ID");
        }
        try {
            jdbc.update("INSERT INTO sso_consumed_assertions (assertion_key, company_id, consumed_at, expires_at)"
                            + " VALUES (?, ?, ?, ?)", Secrets.sha256(issuer + "\n" + id), company.companyId().value(),
                    Timestamp.from(clock.instant()), Timestamp.from(validation.lastValidInstant(assertion)));
        } catch (DuplicateKeyException replayed) {
            throw SamlRefusal.REPLAY.exception("This assertion was used before");
        }
    }

    int purgeExpired() {
        return jdbc.update("DELETE FROM sso_consumed_assertions WHERE expires_at <= ?",
                Timestamp.from(clock.instant()));
    }

}
