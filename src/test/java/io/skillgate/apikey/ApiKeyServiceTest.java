package io.skillgate.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.audit.AuditService;
import io.skillgate.base.Secrets;
import io.skillgate.support.ApiKeyFixture;
import io.skillgate.support.MovableClock;
import io.skillgate.support.MovableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** API keys: the token format, hashed storage, admin-only management, revocation, audit, last use. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class ApiKeyServiceTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ApiKeyService keys;

    @Autowired
    private UserService users;

    @Autowired
    private AuditService audit;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private Clock clock;

    private ApiKeyFixture fixture;
    private ApiKeyFixture.Tenant tenant;

    @BeforeEach
    void aCompany() {
        fixture = new ApiKeyFixture(context);
        tenant = fixture.tenant("Keys Co");
    }

    @Test
    void theTokenIsShownOnceAndOnlyItsSecretsHashIsStored() {
        IssuedApiKey issued = keys.create(tenant.admin(), new CreateApiKeyCommand(" HR sync ", "nightly",
                Set.of(ApiKeyScope.USERS_READ, ApiKeyScope.SCIM)));
        assertThat(issued.token()).matches("sgk_[A-Za-z0-9_-]{16}_[A-Za-z0-9_-]{43}");
        assertThat(issued.token()).startsWith("sgk_" + issued.key().publicId() + "_");
        assertThat(issued.toString()).doesNotContain(issued.token());
        assertThat(issued.key().name()).isEqualTo("HR sync");
        String secret = issued.token().substring("sgk_".length() + 17);
        String stored = jdbc.sql("SELECT secret_hash FROM api_keys WHERE id = ?").param(issued.key().id())
                .query(String.class).single();
        assertThat(stored).isEqualTo(Secrets.sha256(secret)).doesNotContain(secret);
        String scopes = jdbc.sql("SELECT scopes FROM api_keys WHERE id = ?").param(issued.key().id())
                .query(String.class).single();
        assertThat(scopes).isEqualTo("scim,users_read");

        AuthenticatedApiKey key = keys.authenticate(issued.token()).orElseThrow();
        assertThat(key.companyId()).isEqualTo(tenant.company());
        assertThat(key.scopes()).containsExactlyInAnyOrder(ApiKeyScope.USERS_READ, ApiKeyScope.SCIM);
        assertThat(keys.list(tenant.admin())).singleElement().satisfies(summary -> {
            assertThat(summary.scopes()).containsExactlyInAnyOrder(ApiKeyScope.USERS_READ, ApiKeyScope.SCIM);
            assertThat(summary.createdBy()).isEqualTo(tenant.admin().email());
        });
        assertThat(audit.recent(tenant.company(), 5)).anyMatch(e -> e.action().equals("apikey.created")
                && !e.detail().contains(secret));
    }

    @Test
    void onlyTheCompanysAdminsManageKeys() {
        String email = "recruiter-" + tenant.suffix() + "@keys.test";
        users.create(new CreateUserCommand(tenant.company(), email, "Rex", "Recruiter", SystemRole.RECRUITER, null,
                true), "test");
        PortalUserPrincipal recruiter = users.loadPrincipal(email).orElseThrow();
        CreateApiKeyCommand command = new CreateApiKeyCommand("x", "", Set.of(ApiKeyScope.USERS_READ));
        assertThatThrownBy(() -> keys.create(recruiter, command)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> keys.list(recruiter)).isInstanceOf(AccessDeniedException.class);

        IssuedApiKey issued = keys.create(tenant.admin(), command);
        ApiKeyFixture.Tenant other = fixture.tenant("Other Keys Co");
        assertThatThrownBy(() -> keys.revoke(other.admin(), issued.key().id())).isInstanceOf(ApiKeyException.class);
        assertThat(keys.list(other.admin())).isEmpty();
        assertThat(keys.authenticate(issued.token())).isPresent();

        assertThatThrownBy(() -> keys.create(tenant.admin(), new CreateApiKeyCommand(" ", "", Set.of(ApiKeyScope.SCIM))))
                .isInstanceOf(ApiKeyException.class);
        assertThatThrownBy(() -> keys.create(tenant.admin(), new CreateApiKeyCommand("No scopes", "", Set.of())))
                .isInstanceOf(ApiKeyException.class);
    }

    @Test
    void aRevokedKeyNoLongerAuthenticatesAndTheRevocationIsAudited() {
        IssuedApiKey issued = fixture.key(tenant, ApiKeyScope.USERS_MANAGE);
        keys.revoke(tenant.admin(), issued.key().id());
        assertThat(keys.authenticate(issued.token())).isEmpty();
        assertThat(keys.list(tenant.admin())).singleElement().satisfies(k -> assertThat(k.revoked()).isTrue());
        assertThat(audit.recent(tenant.company(), 5)).anyMatch(e -> e.action().equals("apikey.revoked"));
        keys.revoke(tenant.admin(), issued.key().id());
        assertThat(audit.recent(tenant.company(), 10)).filteredOn(e -> e.action().equals("apikey.revoked")).hasSize(1);
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinute() {
        MovableClock time = MovableClockConfiguration.of(clock);
        IssuedApiKey issued = fixture.key(tenant, ApiKeyScope.USERS_READ);
        assertThat(lastUsed(issued)).isNull();

        keys.authenticate(issued.token());
        Instant first = lastUsed(issued);
        assertThat(first).isEqualTo(clock.instant());
        time.advance(Duration.ofSeconds(30));
        keys.authenticate(issued.token());
        assertThat(lastUsed(issued)).isEqualTo(first);
        time.advance(Duration.ofSeconds(31));
        keys.authenticate(issued.token());
        assertThat(lastUsed(issued)).isEqualTo(clock.instant());

        String wrong = issued.token().substring(0, "sgk_".length() + 17) + "wrong";
        time.advance(Duration.ofMinutes(2));
        assertThat(keys.authenticate(wrong)).isEmpty();
        assertThat(lastUsed(issued)).isBefore(clock.instant());
    }

    private Instant lastUsed(IssuedApiKey issued) {
        return keys.list(tenant.admin()).stream().filter(k -> k.id() == issued.key().id()).findFirst().orElseThrow()
                .lastUsedAt();
    }
}
