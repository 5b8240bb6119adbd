package io.skillgate.connection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;
import io.skillgate.connection.domain.SrAccessToken;
import io.skillgate.connection.domain.SrAccessTokenRepository;
import io.skillgate.connection.domain.SrConnection;
import io.skillgate.connection.domain.SrConnectionRepository;
import io.skillgate.base.Secrets;
import io.skillgate.connection.internal.CredentialCipher;
import io.skillgate.connection.internal.TokenOwnerCache;
import io.skillgate.connection.internal.TokenThrottle;

/**
 * Connections to SmartRecruiters: the customer-level credential SR uses to call us, the access tokens it gets
 * for it, SR's credential for us (encrypted), health, and disabling. The consent flow ({@link ConsentService})
 * links companies; {@link #connect} links one without asking SR (tests and fixtures).
 */
@Service
@Transactional(readOnly = true)
public class ConnectionService {

    private static final int MAX_ID_LENGTH = 64;
    /** A grant whose SR call never finished (the node died) stops blocking a new one after this long. */
    private static final Duration STALE_GRANT = Duration.ofMinutes(2);

    private final SrConnectionRepository connections;
    private final SrAccessTokenRepository tokens;
    private final TokenThrottle throttle;
    private final TokenOwnerCache tokenOwners;
    private final ConnectionProperties properties;
    private final AuditService audit;
    private final CredentialCipher cipher;
    private final List<ConnectionActivity> activity;
    private final CompanyService companies;
    private final List<PartnerRegistration> registration;
    private final Clock clock;

    ConnectionService(SrConnectionRepository connections, SrAccessTokenRepository tokens, TokenThrottle throttle,
                      TokenOwnerCache tokenOwners, ConnectionProperties properties, AuditService audit, CredentialCipher cipher,
                      List<ConnectionActivity> activity, CompanyService companies,
                      List<PartnerRegistration> registration, Clock clock) {
        this.connections = connections;
        this.tokens = tokens;
        this.throttle = throttle;
        this.tokenOwners = tokenOwners;
        this.properties = properties;
        this.audit = audit;
        this.cipher = cipher;
        this.activity = List.copyOf(activity);
        this.companies = companies;
        this.registration = List.copyOf(registration);
        this.clock = clock;
    }

    /**
     * Links a company to its SR company and generates the credential SR will use (client id unique across all
     * integrations, 256-bit secret stored hashed). The secret is returned once, here.
     */
    @Transactional
    public IssuedCredential connect(CompanyId companyId, String srCompanyId, String actor) {
        if (srCompanyId.isBlank() || srCompanyId.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("SmartRecruiters company id must have 1 to 64 characters");
        }
        if (connections.findByCompanyId(companyId.value()).isPresent()) {
            throw new IllegalStateException("This company is already connected");
        }
        if (connections.existsBySrCompanyId(srCompanyId)) {
            throw new IllegalStateException("SmartRecruiters company " + srCompanyId
                    + " is already linked to another portal company");
        }
        String clientId = newClientId();
        String secret = Secrets.random(32);
        connections.save(new SrConnection(companyId.value(), srCompanyId, clientId, Secrets.sha256(secret),
                clock.instant()));
        audit.record(AuditEntry.of(companyId, actor, "connection.created",
                "Connected to SmartRecruiters company " + srCompanyId + " with client id " + clientId));
        return new IssuedCredential(companyId, srCompanyId, clientId, secret);
    }

    /**
     * First step of a grant: checks the company may link to this SR company and generates the credential for SR.
     * A company never connected gets a PENDING row at once, which reserves the SR company id against a concurrent
     * grant elsewhere; a disabled connection is left as it is until SR has answered (SR may still hold its
     * credential, which a re-link turns on again).
     */
    @Transactional
    IssuedCredential beginGrant(CompanyId companyId, String srCompanyId) {
        Instant now = clock.instant();
        Optional<SrConnection> linked = connections.findBySrCompanyId(srCompanyId);
        if (linked.isPresent() && linked.get().getCompanyId() != companyId.value()) {
            throw new ConsentRefused(ConsentRefused.Reason.LINKED_ELSEWHERE, "SmartRecruiters company " + srCompanyId
                    + " is already connected to another Skillgate company. Its administrator can disconnect it on "
                    + "their connection page.");
        }
        Optional<SrConnection> existing = connections.findByCompanyId(companyId.value());
        if (existing.isPresent()) {
            SrConnection connection = existing.get();
            switch (connection.getStatus()) {
                case ACTIVE -> throw new ConsentRefused(ConsentRefused.Reason.ALREADY_CONNECTED,
                        connection.getSrCompanyId().equals(srCompanyId)
                                ? "Your company is already connected to SmartRecruiters company " + srCompanyId + "."
                                : "Your company is connected to SmartRecruiters company " + connection.getSrCompanyId()
                                        + ". Disconnect it on the connection page before connecting " + srCompanyId
                                        + ".");
                case PENDING -> {
                    if (connection.getCreatedAt().isAfter(now.minus(STALE_GRANT))) {
                        throw new ConsentRefused(ConsentRefused.Reason.IN_PROGRESS,
                                "A connection to SmartRecruiters is being set up for your company right now. "
                                        + "Try again in a minute.");
                    }
                    connections.delete(connection);
                    connections.flush();
                }
                case DISABLED -> {
                    return new IssuedCredential(companyId, srCompanyId, newClientId(), Secrets.random(32));
                }
            }
        }
        IssuedCredential credential = new IssuedCredential(companyId, srCompanyId, newClientId(), Secrets.random(32));
        connections.saveAndFlush(SrConnection.pending(companyId.value(), srCompanyId, credential.clientId(),
                Secrets.sha256(credential.clientSecret()), now));
        return credential;
    }

    /** Last step of a grant: SR accepted our credential and answered with its own, stored encrypted. */
    @Transactional
    void completeGrant(IssuedCredential credential, SrCredential srCredential, String actor) {
        Instant now = clock.instant();
        SrConnection connection = connections.findByCompanyId(credential.companyId().value())
                .orElseThrow(() -> new IllegalStateException("The connection disappeared during the grant"));
        if (connection.getStatus() != ConnectionStatus.PENDING) {
            connection.restart(credential.srCompanyId(), credential.clientId(),
                    Secrets.sha256(credential.clientSecret()), now);
        }
        connection.activate(srCredential.clientId(), cipher.encrypt(credential.srCompanyId(),
                srCredential.clientSecret()), actor, now);
        audit.record(AuditEntry.of(credential.companyId(), actor, "connection.granted",
                "Connected to SmartRecruiters company " + credential.srCompanyId() + " with client id "
                        + credential.clientId()));
    }

    /** SR refused or did not answer: nothing of the grant stays (a disabled connection is untouched). */
    @Transactional
    void abandonGrant(IssuedCredential credential) {
        connections.findByCompanyId(credential.companyId().value())
                .filter(c -> c.getStatus() == ConnectionStatus.PENDING && c.getClientId().equals(credential.clientId()))
                .ifPresent(connections::delete);
    }

    /** Whether a disabled connection of this company to this SR company can be turned on again as it was. */
    boolean relinkable(CompanyId companyId, String srCompanyId) {
        return earlierConnection(companyId, srCompanyId).isPresent();
    }

    /** This company's disabled connection to this SR company made through the exchange: SR holds its credential. */
    private Optional<SrConnection> earlierConnection(CompanyId companyId, String srCompanyId) {
        return connections.findByCompanyId(companyId.value())
                .filter(c -> c.getStatus() == ConnectionStatus.DISABLED && c.getSrCompanyId().equals(srCompanyId)
                        && c.getSrClientId() != null);
    }

    /** SR still holds our earlier credential (it answered "already integrated"): turn that connection on again. */
    @Transactional
    void relink(CompanyId companyId, String srCompanyId, String actor) {
        SrConnection connection = earlierConnection(companyId, srCompanyId)
                .orElseThrow(() -> new ConsentRefused(ConsentRefused.Reason.SR_ALREADY_INTEGRATED,
                        "There is no earlier connection to SmartRecruiters company " + srCompanyId + " to re-link."));
        connection.relink(actor, clock.instant());
        audit.record(AuditEntry.of(companyId, actor, "connection.relinked",
                "Re-linked SmartRecruiters company " + srCompanyId + " with the earlier client id "
                        + connection.getClientId()));
    }

    /**
     * The client-credentials grant: a valid client id and secret of an active connection get a new access token.
     * Wrong secrets are counted per client id and per source address and throttled.
     */
    @Transactional(noRollbackFor = TokenRequestRefused.class)
    public IssuedToken issueToken(String clientId, String clientSecret, String remoteAddress) {
        Instant now = clock.instant();
        throttle.check(clientId, remoteAddress, now);
        SrConnection connection = connections.findByClientId(clientId)
                .filter(c -> Secrets.sameHash(c.getClientSecretHash(), clientSecret))
                .orElse(null);
        if (connection == null || !connection.isActive()) {
            throttle.recordFailure(clientId, remoteAddress, now);
            throw new TokenRequestRefused(TokenRequestRefused.Reason.INVALID_CLIENT,
                    "Client authentication failed", 0);
        }
        String token = Secrets.random(32);
        tokens.save(new SrAccessToken(connection, Secrets.sha256(token), now, now.plus(properties.tokenLifetime())));
        return new IssuedToken(token, properties.tokenLifetime().toSeconds());
    }

    /**
     * Who a bearer token belongs to, if it is valid now: not expired, not revoked, connection active. Runs on
     * every partner API request: a token seen in the last second on this node is answered from memory
     * ({@link TokenOwnerCache}, which bounds how late another node sees a revocation), otherwise it is one
     * auto-committed query and no transaction (a read-only transaction would add its begin and commit round trips).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<SrClient> authenticate(@Nullable String accessToken) {
        if (accessToken == null || accessToken.isBlank() || accessToken.length() > 100) {
            return Optional.empty();
        }
        return tokenOwners.usableOwner(Secrets.sha256(accessToken), tokens::findOwnerByTokenHash)
                .map(o -> new SrClient(new CompanyId(o.companyId()), o.srCompanyId(), o.clientId()));
    }

    /**
     * Disables the connection (SR's disable call or the customer's admin): tokens are revoked at once and the
     * credential stops working. Idempotent.
     */
    @Transactional
    public void disable(CompanyId companyId, String actor) {
        connections.findByCompanyId(companyId.value()).filter(SrConnection::isActive).ifPresent(connection -> {
            connection.disable(clock.instant(), actor);
            int revoked = tokens.revokeAllOfCompany(companyId.value());
            tokenOwners.dropCompanyAfterCommit(companyId.value());
            audit.record(AuditEntry.of(companyId, actor, "connection.disabled",
                    "Disabled the SmartRecruiters connection; " + revoked + " token(s) revoked"));
        });
    }

    public Optional<ConnectionStatus> status(CompanyId companyId) {
        return connections.findByCompanyId(companyId.value()).map(SrConnection::getStatus);
    }

    /** SR's credential for calling SR on the company's behalf, decrypted; empty unless the connection is active. */
    public Optional<SrCredential> srCredential(CompanyId companyId) {
        return connections.findByCompanyId(companyId.value())
                .filter(SrConnection::isActive)
                .filter(c -> c.getSrClientId() != null && c.getSrClientSecretEncrypted() != null)
                .map(c -> new SrCredential(c.getSrClientId(),
                        cipher.decrypt(c.getSrCompanyId(), c.getSrClientSecretEncrypted())));
    }

    /** The connection page: the link, its credential's use, and what other modules know of its traffic. */
    public Optional<ConnectionHealth> health(CompanyId companyId) {
        return connections.findByCompanyId(companyId.value())
                .filter(c -> c.getStatus() != ConnectionStatus.PENDING)
                .map(c -> new ConnectionHealth(c.getSrCompanyId(), c.getStatus(), c.getClientId(), c.getConnectedAt(),
                        c.getConnectedBy(), c.getDisabledAt(), c.getDisabledBy(),
                        tokens.lastIssuedAt(companyId.value()).orElse(null), c.getSrClientId() != null,
                        activity.stream().flatMap(a -> a.facts(companyId).stream())
                                .sorted(Comparator.comparingInt(ConnectionActivity.Fact::order)).toList()));
    }

    /**
     * Every customer company with its connection and what the other modules report of its traffic, by company name:
     * the operator's list. A fixed number of queries whatever the number of companies (the companies, the
     * connections, their newest tokens, one per {@link ConnectionActivity}).
     */
    public List<CompanyConnection> overview() {
        Map<Long, SrConnection> linked = new HashMap<>();
        connections.findAll().forEach(c -> linked.put(c.getCompanyId(), c));
        Map<Long, Instant> lastTokens = new HashMap<>();
        for (Object[] row : tokens.lastIssuedAtOfAll()) {
            lastTokens.put((Long) row[0], (Instant) row[1]);
        }
        List<Map<CompanyId, List<ConnectionActivity.Fact>>> reported = activity.stream()
                .map(ConnectionActivity::factsOfAll).toList();
        return companies.findAll().stream().map(company -> {
            SrConnection connection = linked.get(company.id().value());
            List<ConnectionActivity.Fact> facts = connection == null ? List.of() : reported.stream()
                    .flatMap(r -> r.getOrDefault(company.id(), List.of()).stream())
                    .sorted(Comparator.comparingInt(ConnectionActivity.Fact::order)).toList();
            return new CompanyConnection(company, connection == null ? null : connection.getStatus(),
                    connection == null ? null : connection.getSrCompanyId(),
                    connection == null ? null : connection.getConnectedAt(),
                    connection == null ? null : lastTokens.get(company.id().value()), facts);
        }).toList();
    }

    /** The last time we sent our partner configuration to SR, if the module that does it is present. */
    public Optional<PartnerRegistration.Attempt> partnerRegistration() {
        return registration.stream().map(PartnerRegistration::lastAttempt).flatMap(Optional::stream).findFirst();
    }

    private static String newClientId() {
        return "sg_" + Secrets.random(16);
    }
}
