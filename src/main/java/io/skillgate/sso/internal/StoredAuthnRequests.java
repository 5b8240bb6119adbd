package io.skillgate.sso.internal;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.saml2.provider.service.authentication.AbstractSaml2AuthenticationRequest;
import org.springframework.security.saml2.provider.service.authentication.Saml2PostAuthenticationRequest;
import org.springframework.security.saml2.provider.service.authentication.Saml2RedirectAuthenticationRequest;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistration;
import org.springframework.security.saml2.provider.service.registration.Saml2MessageBinding;
import org.springframework.security.saml2.provider.service.web.Saml2AuthenticationRequestRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.auth.NavigationAccessControl;

import io.skillgate.base.Secrets;

/**
 * The sign-in requests we sent to IdPs, in MariaDB keyed by their RelayState (hashed), one-time, for
 * {@code request-lifetime}. The IdP's answer is a cross-site POST: it carries no SameSite=Lax session cookie and
 * may land on another node, so the session cannot hold them. Each row also keeps where the user wanted to go
 * (read from the session when the sign-in starts) and whether an admin asked for a test sign-in.
 */
@Component
class StoredAuthnRequests implements Saml2AuthenticationRequestRepository<AbstractSaml2AuthenticationRequest> {

    /** Session attribute: the slug whose next SSO sign-in an admin started as a test (value: slug + " " + email). */
    static final String TEST_ATTRIBUTE = StoredAuthnRequests.class.getName() + ".test";
    static final String RELAY_STATE = "RelayState";

    /** What the answer to a stored request brings along. */
    record Started(@Nullable String targetPath, @Nullable String testRequestedBy) {
    }

    private final JdbcTemplate jdbc;
    private final CompanyRegistrations registrations;
    private final SsoProperties properties;
    private final Clock clock;

    StoredAuthnRequests(JdbcTemplate jdbc, CompanyRegistrations registrations, SsoProperties properties,
                        Clock clock) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public @Nullable AbstractSaml2AuthenticationRequest loadAuthenticationRequest(HttpServletRequest request) {
        String relayState = request.getParameter(RELAY_STATE);
        if (relayState == null || relayState.isEmpty() || relayState.length() > 256) {
            return null;
        }
        List<AbstractSaml2AuthenticationRequest> found = jdbc.query("SELECT registration_id, request_id, relay_state,"
                        + " binding, saml_request, request_uri, sig_alg, signature FROM sso_authn_requests"
                        + " WHERE relay_state_key = ? AND expires_at > ?",
                (row, n) -> rebuild(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8)),
                Secrets.sha256(relayState), Timestamp.from(clock.instant()));
        return found.isEmpty() ? null : found.get(0);
    }

    @Override
    public void saveAuthenticationRequest(@Nullable AbstractSaml2AuthenticationRequest authenticationRequest,
                                          HttpServletRequest request, HttpServletResponse response) {
        if (authenticationRequest == null) {
            return;
        }
        Instant now = clock.instant();
        HttpSession session = request.getSession(false);
        String testRequestedBy = null;
        if (session != null && session.getAttribute(TEST_ATTRIBUTE) instanceof String test
                && test.startsWith(authenticationRequest.getRelyingPartyRegistrationId() + " ")) {
            testRequestedBy = test.substring(test.indexOf(' ') + 1);
            session.removeAttribute(TEST_ATTRIBUTE);
        }
        String sigAlg = authenticationRequest instanceof Saml2RedirectAuthenticationRequest redirect
                ? redirect.getSigAlg() : null;
        String signature = authenticationRequest instanceof Saml2RedirectAuthenticationRequest redirect
                ? redirect.getSignature() : null;
        jdbc.update("INSERT INTO sso_authn_requests (relay_state_key, registration_id, request_id, relay_state,"
                        + " binding, saml_request, request_uri, sig_alg, signature, target_path, test_requested_by,"
                        + " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Secrets.sha256(authenticationRequest.getRelayState()), authenticationRequest.getRelyingPartyRegistrationId(),
                authenticationRequest.getId(), authenticationRequest.getRelayState(),
                authenticationRequest.getBinding().name(), authenticationRequest.getSamlRequest(),
                authenticationRequest.getAuthenticationRequestUri(), sigAlg, signature,
                testRequestedBy == null ? targetPath(request, session) : null, testRequestedBy,
                Timestamp.from(now), Timestamp.from(now.plus(properties.requestLifetime())));
    }

    @Override
    public @Nullable AbstractSaml2AuthenticationRequest removeAuthenticationRequest(HttpServletRequest request,
                                                                                  HttpServletResponse response) {
        AbstractSaml2AuthenticationRequest found = loadAuthenticationRequest(request);
        if (found != null) {
            jdbc.update("DELETE FROM sso_authn_requests WHERE relay_state_key = ?", Secrets.sha256(found.getRelayState()));
        }
        return found;
    }

    /** What the sign-in request this HTTP request answers (by its RelayState) brought along, while it is stored. */
    Optional<Started> startedOf(HttpServletRequest request) {
        String relayState = request.getParameter(RELAY_STATE);
        if (relayState == null || relayState.isEmpty() || relayState.length() > 256) {
            return Optional.empty();
        }
        return jdbc.query("SELECT target_path, test_requested_by FROM sso_authn_requests"
                        + " WHERE relay_state_key = ? AND expires_at > ?",
                (row, n) -> new Started(row.getString(1), row.getString(2)), Secrets.sha256(relayState),
                Timestamp.from(clock.instant())).stream().findFirst();
    }

    int purgeExpired() {
        return jdbc.update("DELETE FROM sso_authn_requests WHERE expires_at <= ?", Timestamp.from(clock.instant()));
    }

    private @Nullable AbstractSaml2AuthenticationRequest rebuild(String registrationId, String id, String relayState,
                                                                 String binding, String samlRequest, String uri,
                                                                 @Nullable String sigAlg, @Nullable String signature) {
        RelyingPartyRegistration registration = registrations.findByRegistrationId(registrationId);
        if (registration == null) {
            return null;
        }
        if (Saml2MessageBinding.POST.name().equals(binding)) {
            return Saml2PostAuthenticationRequest.withRelyingPartyRegistration(registration).id(id)
                    .relayState(relayState).samlRequest(samlRequest).authenticationRequestUri(uri).build();
        }
        return Saml2RedirectAuthenticationRequest.withRelyingPartyRegistration(registration).id(id)
                .relayState(relayState).samlRequest(samlRequest).authenticationRequestUri(uri).sigAlg(sigAlg)
                .signature(signature).build();
    }

    /** Where the visitor was headed before the sign-in: Vaadin's stored route or Spring's saved request. */
    private static @Nullable String targetPath(HttpServletRequest request, @Nullable HttpSession session) {
        if (session == null) {
            return null;
        }
        if (session.getAttribute(NavigationAccessControl.SESSION_STORED_REDIRECT) instanceof String route) {
            return "/" + route;
        }
        SavedRequest saved = new HttpSessionRequestCache().getRequest(request, null);
        if (saved == null) {
            return null;
        }
        URI uri = URI.create(saved.getRedirectUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

}
