package io.skillgate.connection;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.connection.domain.SrAccessToken;
import io.skillgate.connection.domain.SrAccessTokenRepository;
import io.skillgate.connection.domain.SrConnection;
import io.skillgate.connection.domain.SrConnectionRepository;
import io.skillgate.base.Secrets;
import io.skillgate.connection.internal.TokenThrottle;

/**
 * Connections to SmartRecruiters: the customer-level credential SR uses to call us, the access tokens it gets
 * for it, and disabling. The consent flow (a later issue) calls {@link #connect}; until then tests do.
 */
@Service
@Transactional(readOnly = true)
public class ConnectionService {

    private static final int MAX_ID_LENGTH = 64;

    private final SrConnectionRepository connections;
    private final SrAccessTokenRepository tokens;
    private final TokenThrottle throttle;
    private final ConnectionProperties properties;
    private final AuditService audit;
    private final Clock clock;

    ConnectionService(SrConnectionRepository connections, SrAccessTokenRepository tokens, TokenThrottle throttle,
                      ConnectionProperties properties, AuditService audit, Clock clock) {
        this.connections = connections;
        this.tokens = tokens;
        this.throttle = throttle;
        this.properties = properties;
        this.audit = audit;
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
        String clientId = "sg_" + Secrets.random(16);
        String secret = Secrets.random(32);
        connections.save(new SrConnection(companyId.value(), srCompanyId, clientId, Secrets.sha256(secret),
                clock.instant()));
        audit.record(AuditEntry.of(companyId, actor, "connection.created",
                "Connected to SmartRecruiters company " + srCompanyId + " with client id " + clientId));
        return new IssuedCredential(companyId, srCompanyId, clientId, secret);
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
     * every partner API request, so it is one auto-committed query and no transaction (a read-only transaction
     * would add its begin and commit round trips to each request).
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<SrClient> authenticate(@Nullable String accessToken) {
        if (accessToken == null || accessToken.isBlank() || accessToken.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findOwnerByTokenHash(Secrets.sha256(accessToken))
                .filter(owner -> owner.isUsableAt(now))
                .map(o -> new SrClient(new CompanyId(o.companyId()), o.srCompanyId(), o.clientId()));
    }

    /**
     * Disables the connection (SR's disable call or the customer's admin): tokens are revoked at once and the
     * credential stops working. Idempotent.
     */
    @Transactional
    public void disable(CompanyId companyId, String actor) {
        connections.findByCompanyId(companyId.value()).filter(SrConnection::isActive).ifPresent(connection -> {
            connection.disable(clock.instant());
            int revoked = tokens.revokeAllOfCompany(companyId.value());
            audit.record(AuditEntry.of(companyId, actor, "connection.disabled",
                    "Disabled the SmartRecruiters connection; " + revoked + " token(s) revoked"));
        });
    }

    public Optional<ConnectionStatus> status(CompanyId companyId) {
        return connections.findByCompanyId(companyId.value()).map(SrConnection::getStatus);
    }
}
