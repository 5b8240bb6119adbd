package io.skillgate.connection;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.skillgate.base.CompanyId;
import io.skillgate.base.SignedInUser;

/**
 * The consent flow SR starts by sending a customer's admin to our consent URL: check the request, and on grant
 * generate the credential for SR, hand it to SR, keep SR's answer encrypted and link the companies — with nothing
 * half-stored when SR refuses or does not answer. Not transactional itself: no database transaction is held open
 * while SR is called.
 */
@Service
public class ConsentService {

    private static final Logger log = LoggerFactory.getLogger(ConsentService.class);
    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_REDIRECT_LENGTH = 2048;

    private final ConnectionService connections;
    private final SrIntegration integration;
    private final ConnectionProperties properties;

    ConsentService(ConnectionService connections, SrIntegration integration, ConnectionProperties properties) {
        this.connections = connections;
        this.integration = integration;
        this.properties = properties;
    }

    /**
     * Checks SR's query parameters. The company id is SR's (1–64 visible characters); in REDIRECT mode the
     * redirect must be an absolute URL on an allowed origin (no open redirect), in POPUP mode it is not used.
     */
    public ConsentRequest check(@Nullable String srCompanyId, @Nullable String redirect) {
        if (srCompanyId == null || srCompanyId.isBlank() || srCompanyId.length() > MAX_ID_LENGTH
                || !srCompanyId.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ConsentRefused(ConsentRefused.Reason.BAD_REQUEST, "The link from SmartRecruiters has no valid "
                    + "company id. Start the connection again from SmartRecruiters.");
        }
        if (integration.popupMode()) {
            return new ConsentRequest(srCompanyId, null, true);
        }
        if (redirect == null || redirect.isBlank()) {
            throw new ConsentRefused(ConsentRefused.Reason.BAD_REQUEST, "The link from SmartRecruiters has no return "
                    + "address. Start the connection again from SmartRecruiters.");
        }
        if (!allowedRedirect(redirect)) {
            throw new ConsentRefused(ConsentRefused.Reason.BAD_REQUEST, "The return address in this link is not a "
                    + "SmartRecruiters address, so Skillgate will not send you there. Start the connection again "
                    + "from SmartRecruiters.");
        }
        return new ConsentRequest(srCompanyId, redirect, false);
    }

    /** Refuses unless the user is an admin of a customer company; returns that company. */
    public CompanyId requireGrantor(SignedInUser user) {
        CompanyId companyId = user.companyId();
        if (companyId == null || !user.companyAdmin()) {
            throw new ConsentRefused(ConsentRefused.Reason.NOT_ALLOWED, "Only an administrator of your company can "
                    + "connect it to SmartRecruiters. Ask one of your administrators to open this link.");
        }
        return companyId;
    }

    /**
     * Grants SR access: generate the credential, {@code POST /integration/company/{id}}, store SR's credential
     * encrypted, link, audit. Every failure leaves the database as it was and says what happened.
     */
    public void grant(SignedInUser user, ConsentRequest request) {
        CompanyId companyId = requireGrantor(user);
        IssuedCredential credential = connections.beginGrant(companyId, request.srCompanyId());
        SrCredential srCredential;
        try {
            srCredential = integration.integrate(request.srCompanyId(), credential.clientId(),
                    credential.clientSecret());
        } catch (SrIntegration.IntegrationFailed failure) {
            connections.abandonGrant(credential);
            log.warn("SmartRecruiters did not integrate company {} for {}: {} ({})", request.srCompanyId(), companyId,
                    failure.kind(), failure.getMessage());
            throw refusal(failure, companyId, request.srCompanyId());
        } catch (RuntimeException unexpected) {
            connections.abandonGrant(credential);
            throw unexpected;
        }
        connections.completeGrant(credential, srCredential, user.email());
        log.info("Company {} connected to SmartRecruiters company {} by {}", companyId, request.srCompanyId(),
                user.email());
    }

    /** After SR answered "already integrated": turn this company's earlier connection to that SR company on. */
    public void relink(SignedInUser user, ConsentRequest request) {
        connections.relink(requireGrantor(user), request.srCompanyId(), user.email());
    }

    private ConsentRefused refusal(SrIntegration.IntegrationFailed failure, CompanyId companyId, String srCompanyId) {
        return switch (failure.kind()) {
            case ALREADY_INTEGRATED -> connections.relinkable(companyId, srCompanyId)
                    ? new ConsentRefused(ConsentRefused.Reason.SR_ALREADY_INTEGRATED, "SmartRecruiters says company "
                            + srCompanyId + " is still integrated with Skillgate through your earlier connection. "
                            + "You can re-link that connection.", true)
                    : new ConsentRefused(ConsentRefused.Reason.SR_ALREADY_INTEGRATED, "SmartRecruiters says company "
                            + srCompanyId + " is already integrated with Skillgate, but no earlier connection of "
                            + "your company to it is known here. Ask SmartRecruiters support to remove the old "
                            + "integration, then connect again.");
            case NO_CONSENT -> new ConsentRefused(ConsentRefused.Reason.NO_CONSENT_AT_SR, "SmartRecruiters has no "
                    + "consent from your company for Skillgate yet. Enable Skillgate in SmartRecruiters' marketplace "
                    + "first, then connect again.");
            case NOT_CONFIGURED -> new ConsentRefused(ConsentRefused.Reason.NOT_CONFIGURED_AT_SR, "Skillgate is not "
                    + "fully set up at SmartRecruiters yet (no partner configuration). Nothing was stored; please "
                    + "tell Skillgate support.");
            case UNREACHABLE -> new ConsentRefused(ConsentRefused.Reason.SR_UNREACHABLE, "SmartRecruiters did not "
                    + "answer in time. Nothing was stored; try again in a few minutes.");
            case REFUSED -> new ConsentRefused(ConsentRefused.Reason.SR_REFUSED, "SmartRecruiters refused the "
                    + "connection (" + failure.getMessage() + "). Nothing was stored.");
        };
    }

    boolean allowedRedirect(String redirect) {
        if (redirect.length() > MAX_REDIRECT_LENGTH) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(redirect);
        } catch (URISyntaxException e) {
            return false;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getScheme() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        return properties.consentRedirectAllowList().stream().anyMatch(origin -> matches(origin, scheme, host, port));
    }

    private static boolean matches(String origin, String scheme, String host, int port) {
        int schemeEnd = origin.indexOf("://");
        if (schemeEnd < 0 || !origin.substring(0, schemeEnd).equalsIgnoreCase(scheme)) {
            return false;
        }
        String hostPort = origin.substring(schemeEnd + 3).toLowerCase(Locale.ROOT);
        int colon = hostPort.lastIndexOf(':');
        String allowedHost = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String allowedPort = colon < 0 ? ("https".equals(scheme) ? "443" : "80") : hostPort.substring(colon + 1);
        boolean hostMatches = allowedHost.startsWith("*.")
                ? host.endsWith(allowedHost.substring(1)) && host.length() > allowedHost.length() - 1
                : host.equals(allowedHost);
        return hostMatches && ("*".equals(allowedPort) || allowedPort.equals(String.valueOf(port)));
    }
}
