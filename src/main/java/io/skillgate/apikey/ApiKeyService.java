package io.skillgate.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.UserDeactivated;
import io.skillgate.apikey.domain.ApiKey;
import io.skillgate.apikey.domain.ApiKeyRepository;
import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.base.Secrets;
import io.skillgate.base.Validation;

/**
 * A company's API keys: created and revoked by its admins, checked on every machine request. The token is
 * {@code sgk_<public id>_<secret>}: the public id (16 characters) finds the key, the secret (256 bits) is compared
 * by its SHA-256 hash in constant time.
 */
@Service
@Transactional(readOnly = true)
public class ApiKeyService {

    public static final String PREFIX = "sgk_";
    static final int PUBLIC_ID_LENGTH = 16;
    /** A key's last use is written at most this often. */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);
    private static final int MAX_TOKEN_LENGTH = 200;

    private final ApiKeyRepository keys;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, AuditService audit, Validator validator, Clock clock) {
        this.keys = keys;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    /** A new key for the admin's company; the returned token is the only time the secret is seen. */
    @Transactional
    public IssuedApiKey create(PortalUserPrincipal admin, CreateApiKeyCommand request) {
        CompanyId companyId = requireAdmin(admin);
        CreateApiKeyCommand command = new CreateApiKeyCommand(request.name().strip(), request.description().strip(),
                request.scopes());
        Validation.firstViolation(validator, command).ifPresent(violation -> {
            throw new ApiKeyException(violation);
        });
        String publicId = Secrets.random(12);
        String secret = Secrets.random(32);
        ApiKey key = keys.save(new ApiKey(companyId.value(), publicId, Secrets.sha256(secret), command.name(),
                command.description(), command.scopes(), admin.email(), clock.instant()));
        audit.record(AuditEntry.of(companyId, admin.email(), "apikey.created", "Created API key \"" + key.getName()
                + "\" (" + publicId + ") with scopes " + scopeCodes(key)));
        return new IssuedApiKey(toSummary(key), PREFIX + publicId + "_" + secret);
    }

    /** Revokes a key of the admin's company at once; revoking twice changes nothing. */
    @Transactional
    public void revoke(PortalUserPrincipal admin, long keyId) {
        CompanyId companyId = requireAdmin(admin);
        ApiKey key = keys.findByIdAndCompanyId(keyId, companyId.value())
                .orElseThrow(() -> new ApiKeyException("No such API key"));
        if (key.isRevoked()) {
            return;
        }
        key.revoke(admin.email(), clock.instant());
        audit.record(AuditEntry.of(companyId, admin.email(), "apikey.revoked", "Revoked API key \"" + key.getName()
                + "\" (" + key.getPublicId() + ")"));
    }

    /**
     * A deactivated user's keys stop working with the deactivation: revoked in the same transaction, each audited.
     * "Their keys" are the keys they created in their company.
     */
    @EventListener
    void revokeKeysOf(UserDeactivated deactivated) {
        CompanyId companyId = deactivated.companyId();
        if (companyId == null) {
            return;
        }
        Instant now = clock.instant();
        for (ApiKey key : keys.findByCompanyIdAndCreatedByAndRevokedAtIsNull(companyId.value(), deactivated.email())) {
            key.revoke(deactivated.actor(), now);
            audit.record(AuditEntry.of(companyId, deactivated.actor(), "apikey.revoked", "Revoked API key \""
                    + key.getName() + "\" (" + key.getPublicId() + ") because its creator "
                    + deactivated.email() + " was deactivated"));
        }
    }

    /** The keys of the admin's company, newest first, revoked ones included. */
    public List<ApiKeySummary> list(PortalUserPrincipal admin) {
        return keys.findByCompanyIdOrderByCreatedAtDesc(requireAdmin(admin).value()).stream()
                .map(ApiKeyService::toSummary).toList();
    }

    /**
     * The key a bearer token stands for: empty for anything malformed, unknown, revoked or with the wrong secret.
     * Records the use (at most one write a minute per key).
     */
    @Transactional
    public Optional<AuthenticatedApiKey> authenticate(String token) {
        if (token.length() > MAX_TOKEN_LENGTH || !token.startsWith(PREFIX)
                || token.length() < PREFIX.length() + PUBLIC_ID_LENGTH + 2
                || token.charAt(PREFIX.length() + PUBLIC_ID_LENGTH) != '_') {
            return Optional.empty();
        }
        String publicId = token.substring(PREFIX.length(), PREFIX.length() + PUBLIC_ID_LENGTH);
        String secret = token.substring(PREFIX.length() + PUBLIC_ID_LENGTH + 1);
        Optional<ApiKey> found = keys.findByPublicId(publicId)
                .filter(key -> Secrets.sameHash(key.getSecretHash(), secret))
                .filter(key -> !key.isRevoked());
        found.ifPresent(key -> {
            Instant now = clock.instant();
            Instant since = now.minus(LAST_USE_PRECISION);
            Instant last = key.getLastUsedAt();
            if (last == null || last.isBefore(since)) {
                // conditional, so concurrent requests of one key still write once
                keys.recordUse(key.requireId(), now, since);
            }
        });
        return found.map(key -> new AuthenticatedApiKey(key.requireId(), key.getPublicId(),
                new CompanyId(key.getCompanyId()), key.getName(), key.getScopes()));
    }

    private static CompanyId requireAdmin(PortalUserPrincipal user) {
        if (!user.companyAdmin()) {
            throw new AccessDeniedException("Only a company's administrators manage its API keys");
        }
        return user.requireCompanyId();
    }

    private static String scopeCodes(ApiKey key) {
        return String.join(", ", key.getScopes().stream().map(ApiKeyScope::code).sorted().toList());
    }

    private static ApiKeySummary toSummary(ApiKey key) {
        return new ApiKeySummary(key.requireId(), key.getPublicId(), key.getName(), key.getDescription(),
                key.getScopes(), key.getCreatedBy(), key.getCreatedAt(), key.getLastUsedAt(), key.getRevokedAt());
    }
}
