package io.skillgate.connection;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.base.SignedInUser;
import io.skillgate.company.CompanyService;
import io.skillgate.sandbox.SandboxState;
import io.skillgate.smartrecruiters.PartnerConfigurationService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The consent flow against the sandbox playing SR: the grant, and every failure path leaving nothing behind. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsentServiceTest {

    private static final String REDIRECT = "https://www.smartrecruiters.com/marketplace/done";

    record User(String email, String displayName, @Nullable CompanyId companyId, boolean companyAdmin)
            implements SignedInUser {
    }

    @LocalServerPort
    private int port;

    @Autowired
    private ConsentService consent;

    @Autowired
    private ConnectionService connections;

    @Autowired
    private CompanyService companies;

    @Autowired
    private PartnerConfigurationService configuration;

    @Autowired
    private SandboxState sandbox;

    @Autowired
    private SrIntegration integration;

    @Autowired
    private AuditService audit;

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private DataSource dataSource;

    @BeforeEach
    void srKnowsOurConfiguration() {
        assertThat(configuration.configureNow().success()).isTrue();
    }

    private User adminOfNewCompany() {
        CompanyId company = companies.create("Consent Co " + System.nanoTime(), "test").id();
        return new User("admin-" + company.value() + "@consent.test", "Ada Admin", company, true);
    }

    private static String srCompany() {
        return "sr-consent-" + UUID.randomUUID();
    }

    private int rows(CompanyId company) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT COUNT(*) FROM sr_connections WHERE company_id = ?",
                Integer.class, company.value());
    }

    @Test
    void aGrantExchangesCredentialsStoresSrsEncryptedAndLinksTheCompanies() {
        User admin = adminOfNewCompany();
        String srCompanyId = srCompany();

        consent.grant(admin, consent.check(srCompanyId, REDIRECT));

        assertThat(connections.status(admin.companyId())).contains(ConnectionStatus.ACTIVE);
        SrCredential theirs = connections.srCredential(admin.companyId()).orElseThrow();
        // SR's credential really is the one the sandbox issued: its token endpoint accepts it
        var form = new LinkedMultiValueMap<String, String>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", theirs.clientId());
        form.add("client_secret", theirs.clientSecret());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        var token = http.postForEntity("http://localhost:" + port + "/sandbox/sr/identity/oauth/token",
                new HttpEntity<>(form, headers), String.class);
        assertThat(token.getStatusCode().value()).isEqualTo(200);
        // and its secret is nowhere in the row, in clear
        Map<String, Object> row = new JdbcTemplate(dataSource).queryForMap(
                "SELECT * FROM sr_connections WHERE company_id = ?", admin.companyId().value());
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(theirs.clientSecret()));
        assertThat(row.get("sr_client_secret_enc").toString()).startsWith("v1:");
        assertThat(row.get("connected_by")).isEqualTo(admin.email());
        assertThat(audit.recent(admin.companyId(), 10)).filteredOn(e -> e.action().equals("connection.granted"))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(admin.email()));
        assertThat(connections.health(admin.companyId()).orElseThrow().srCredentialStored()).isTrue();
    }

    @Test
    void onlyACompanyAdminMayGrant() {
        User admin = adminOfNewCompany();
        User recruiter = new User("rec@consent.test", "Rex Recruiter", admin.companyId(), false);
        User operator = new User("op@skillgate.test", "Olga Operator", null, false);
        ConsentRequest request = consent.check(srCompany(), REDIRECT);

        assertThatThrownBy(() -> consent.grant(recruiter, request)).isInstanceOfSatisfying(ConsentRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(ConsentRefused.Reason.NOT_ALLOWED));
        assertThatThrownBy(() -> consent.grant(operator, request)).isInstanceOfSatisfying(ConsentRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(ConsentRefused.Reason.NOT_ALLOWED));
        assertThat(rows(admin.companyId())).isZero();
    }

    @Test
    void anSrCompanyLinkedToAnotherPortalCompanyIsRefusedBeforeAskingSr() {
        String srCompanyId = srCompany();
        consent.grant(adminOfNewCompany(), consent.check(srCompanyId, REDIRECT));
        User other = adminOfNewCompany();

        assertThatThrownBy(() -> consent.grant(other, consent.check(srCompanyId, REDIRECT)))
                .isInstanceOfSatisfying(ConsentRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(ConsentRefused.Reason.LINKED_ELSEWHERE));
        assertThat(rows(other.companyId())).isZero();
    }

    @Test
    void aSecondGrantOfAConnectedCompanyIsRefused() {
        User admin = adminOfNewCompany();
        String srCompanyId = srCompany();
        consent.grant(admin, consent.check(srCompanyId, REDIRECT));

        assertThatThrownBy(() -> consent.grant(admin, consent.check(srCompany(), REDIRECT)))
                .isInstanceOfSatisfying(ConsentRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(ConsentRefused.Reason.ALREADY_CONNECTED));
    }

    @Test
    void srSaysAlreadyIntegratedAfterOurDisconnectAndTheEarlierConnectionIsRelinked() {
        User admin = adminOfNewCompany();
        String srCompanyId = srCompany();
        consent.grant(admin, consent.check(srCompanyId, REDIRECT));
        String clientId = connections.health(admin.companyId()).orElseThrow().clientId();
        connections.disable(admin.companyId(), admin.email());

        assertThatThrownBy(() -> consent.grant(admin, consent.check(srCompanyId, REDIRECT)))
                .isInstanceOfSatisfying(ConsentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(ConsentRefused.Reason.SR_ALREADY_INTEGRATED);
                    assertThat(refused.relinkable()).isTrue();
                });
        // the failed grant changed nothing: still the earlier, disabled connection
        ConnectionHealth before = connections.health(admin.companyId()).orElseThrow();
        assertThat(before.status()).isEqualTo(ConnectionStatus.DISABLED);
        assertThat(before.clientId()).isEqualTo(clientId);

        consent.relink(admin, consent.check(srCompanyId, REDIRECT));

        ConnectionHealth after = connections.health(admin.companyId()).orElseThrow();
        assertThat(after.status()).isEqualTo(ConnectionStatus.ACTIVE);
        assertThat(after.clientId()).isEqualTo(clientId);
    }

    @Test
    void srSaysAlreadyIntegratedWithoutAnEarlierConnectionHereAndNothingIsStored() {
        User admin = adminOfNewCompany();
        String srCompanyId = srCompany();
        integration.integrate(srCompanyId, "sg_elsewhere_" + System.nanoTime(), "some-secret");

        assertThatThrownBy(() -> consent.grant(admin, consent.check(srCompanyId, REDIRECT)))
                .isInstanceOfSatisfying(ConsentRefused.class, refused -> {
                    assertThat(refused.reason()).isEqualTo(ConsentRefused.Reason.SR_ALREADY_INTEGRATED);
                    assertThat(refused.relinkable()).isFalse();
                });
        assertThat(rows(admin.companyId())).isZero();
        assertThatThrownBy(() -> consent.relink(admin, consent.check(srCompanyId, REDIRECT)))
                .isInstanceOf(ConsentRefused.class);
    }

    @Test
    void noConsentOnSrsSideStoresNothing() {
        User admin = adminOfNewCompany();

        assertThatThrownBy(() -> consent.grant(admin, consent.check("no-consent-" + UUID.randomUUID(), REDIRECT)))
                .isInstanceOfSatisfying(ConsentRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(ConsentRefused.Reason.NO_CONSENT_AT_SR));
        assertThat(rows(admin.companyId())).isZero();
    }

    @Test
    void noPartnerConfigurationAtSrStoresNothing() {
        User admin = adminOfNewCompany();
        sandbox.reset();
        try {
            assertThatThrownBy(() -> consent.grant(admin, consent.check(srCompany(), REDIRECT)))
                    .isInstanceOfSatisfying(ConsentRefused.class, refused -> assertThat(refused.reason())
                            .isEqualTo(ConsentRefused.Reason.NOT_CONFIGURED_AT_SR));
            assertThat(rows(admin.companyId())).isZero();
        } finally {
            configuration.configureNow();
        }
    }

    @Test
    void theRequestNeedsACompanyIdAndAnAllowedRedirect() {
        for (String bad : new String[] {null, "", " ", "x".repeat(65), "a b", "tab\there"}) {
            assertThatThrownBy(() -> consent.check(bad, REDIRECT)).isInstanceOf(ConsentRefused.class);
        }
        for (String bad : new String[] {null, "", "/relative", "https://evil.example/", "javascript:alert(1)",
                "https://smartrecruiters.com.evil.example/", "https://evil.example/?x=https://www.smartrecruiters.com",
                "https://user@evil.example@www.smartrecruiters.com/", "http://www.smartrecruiters.com/",
                "https://www.smartrecruiters.com:8443/", "https://" + "a".repeat(2100) + ".smartrecruiters.com/"}) {
            assertThatThrownBy(() -> consent.check("sr-1", bad)).as(bad).isInstanceOfSatisfying(ConsentRefused.class,
                    refused -> assertThat(refused.reason()).isEqualTo(ConsentRefused.Reason.BAD_REQUEST));
        }
        assertThat(consent.check("sr-1", "https://www.smartrecruiters.com/app/x?y=1").redirect()).isNotNull();
        assertThat(consent.check("sr-1", "https://smartrecruiters.com/").redirect()).isNotNull();
        // dev and tests allow the sandbox on this machine
        assertThat(consent.check("sr-1", "http://localhost:" + port + "/sandbox").redirect()).isNotNull();
    }
}
