package io.skillgate.smartrecruiters;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import io.skillgate.access.SystemRole;
import io.skillgate.access.UserImportLine;
import io.skillgate.access.UserImportReport;
import io.skillgate.access.UserImportResult.Outcome;
import io.skillgate.access.UserImportService;
import io.skillgate.access.UserImportSource;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;
import io.skillgate.connection.ConnectionService;
import io.skillgate.sandbox.SandboxState;
import io.skillgate.support.PartnerFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Import from SmartRecruiters against the sandbox on a random port: the Users API list over all its pages, the
 * sandbox holding SR's paging rules, and the whole import (lines from SR → preview → apply → again: unchanged).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SmartRecruitersUserImportTest {

    private static final UserImportService.Progress QUIET = (done, total) -> { };

    @Autowired
    private ApplicationContext context;

    @Autowired
    private SmartRecruitersClient client;

    @Autowired
    private PartnerConfigurationService configuration;

    @Autowired
    private SmartRecruitersUserSource source;

    @Autowired
    private UserImportService imports;

    @Autowired
    private UserService users;

    @Autowired
    private ConnectionService connections;

    @Autowired
    private SandboxState sandbox;

    @LocalServerPort
    private int port;

    @BeforeEach
    void configured() {
        assertThat(configuration.configureNow().success()).isTrue();
    }

    private ClientCredential integrated() {
        return client.integrateCompany("sr-co-" + UUID.randomUUID(), "sg_" + UUID.randomUUID(), "secret");
    }

    @Test
    void theClientFollowsTheCursorThroughEveryPage() {
        ClientCredential customer = integrated();

        List<SmartRecruitersUser> listed = client.listUsers(customer);

        assertThat(listed).as("more than one page of %s", SmartRecruitersClient.USERS_PAGE)
                .hasSizeBetween(SmartRecruitersClient.USERS_PAGE + 1, 250);
        assertThat(listed).extracting(SmartRecruitersUser::id).doesNotHaveDuplicates();
        assertThat(listed).as("the same users on every call").isEqualTo(client.listUsers(customer));
        assertThat(listed).filteredOn(u -> !u.active()).hasSize(1);
        assertThat(listed).extracting(SmartRecruitersUser::systemRole).contains("ADMINISTRATOR", "EXTENDED",
                "STANDARD", "RESTRICTED", "EMPLOYEE");
        assertThat(listed).filteredOn(u -> u.ssoIdentifier() != null).isNotEmpty()
                .allSatisfy(u -> assertThat(u.ssoIdentifier()).endsWith("@IdP.Example"));
        assertThat(listed).filteredOn(u -> u.email() != null && !u.email().equals(u.email().toLowerCase(Locale.ROOT)))
                .hasSize(1);
    }

    @Test
    void theSandboxPagesAndChecksLimitLikeSr() {
        ClientCredential customer = integrated();
        RestClient http = RestClient.create("http://localhost:" + port + "/sandbox/sr");
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", customer.clientId());
        form.add("client_secret", customer.clientSecret());
        Map<String, Object> token = http.post().uri("/identity/oauth/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve()
                .body(new ParameterizedTypeReference<>() { });
        String bearer = "Bearer " + token.get("access_token");

        for (String bad : List.of("0", "101", "ten")) {
            assertThat(get(http, bearer, "/user-api/v201804/users?limit=" + bad).getStatusCode().value())
                    .as("limit=" + bad).isEqualTo(400);
        }
        assertThat(get(http, bearer, "/user-api/v201804/users?pageId=nonsense").getStatusCode().value()).isEqualTo(400);
        assertThat(get(http, null, "/user-api/v201804/users").getStatusCode().value()).isEqualTo(401);

        Map<String, Object> first = get(http, bearer, "/user-api/v201804/users").getBody();
        assertThat(first).containsEntry("limit", 10);
        assertThat((List<?>) first.get("content")).hasSize(10);
        Map<String, Object> page = get(http, bearer, "/user-api/v201804/users?limit=100").getBody();
        assertThat((List<?>) page.get("content")).hasSize(100);
        int total = 100;
        while (page.get("nextPageId") != null) {
            page = get(http, bearer, "/user-api/v201804/users?limit=100&pageId=" + page.get("nextPageId")).getBody();
            total += ((List<?>) page.get("content")).size();
        }
        assertThat(total).isEqualTo(client.listUsers(customer).size());
        @SuppressWarnings("unchecked")
        Map<String, Object> user = ((List<Map<String, Object>>) first.get("content")).get(0);
        assertThat(user).containsKeys("id", "email", "firstName", "lastName", "systemRole", "ssoIdentifier",
                "active", "language", "updatedOn");
    }

    private static ResponseEntity<Map<String, Object>> get(RestClient http, String bearer, String path) {
        return http.get().uri(path).headers(h -> {
            if (bearer != null) {
                h.set("Authorization", bearer);
            }
        }).retrieve().onStatus(status -> true, (request, response) -> { })
                .toEntity(new ParameterizedTypeReference<>() { });
    }

    @Test
    void aConnectedCompanyPreviewsAppliesAndAgainChangesNothing() {
        CompanyId company = new PartnerFixture(context).connectThroughSandbox(context, "SR Users Co");
        long before = users.count(company);
        List<UserImportLine> lines = source.lines(company);
        ClientCredential credential = credential(company);
        List<SmartRecruitersUser> inSr = client.listUsers(credential);

        UserImportReport preview = imports.run(company, lines, true, "admin@test", QUIET);
        assertThat(preview.count(Outcome.ERROR)).as(preview.summary()).isZero();
        assertThat(preview.count(Outcome.CREATED)).isEqualTo(inSr.size());
        assertThat(users.count(company)).as("a preview writes nothing").isEqualTo(before);

        UserImportReport applied = imports.run(company, lines, false, "admin@test", QUIET);
        assertThat(applied.count(Outcome.CREATED)).isEqualTo(inSr.size());
        assertThat(users.count(company)).isEqualTo(before + inSr.size());
        for (SmartRecruitersUser sr : inSr) {
            UserSummary portal = users.findByEmailInCompany(company, sr.email()).orElseThrow();
            assertThat(portal.email()).isEqualTo(sr.email().toLowerCase(Locale.ROOT));
            assertThat(portal.ssoIdentifier()).as("kept exactly").isEqualTo(sr.ssoIdentifier());
            assertThat(portal.active()).isEqualTo(sr.active());
            assertThat(portal.role()).isEqualTo("ADMINISTRATOR".equals(sr.systemRole()) ? SystemRole.ADMIN
                    : SystemRole.RECRUITER);
            assertThat(portal.firstName()).isEqualTo(sr.firstName());
        }

        UserImportReport again = imports.run(company, source.lines(company), false, "admin@test", QUIET);
        assertThat(again.hasChanges()).isFalse();
        assertThat(again.count(Outcome.UNCHANGED)).isEqualTo(inSr.size());
    }

    @Test
    void srRefusingEveryAttemptIsBusyAndNothingIsWritten() {
        CompanyId company = new PartnerFixture(context).connectThroughSandbox(context, "SR Busy Co");
        long before = users.count(company);
        sandbox.rejectNext(credential(company).clientId(), 4); // every attempt of the first call

        UserImportSource.Unavailable refused = catchThrowableOfType(UserImportSource.Unavailable.class,
                () -> source.lines(company));

        assertThat(refused.reason()).isEqualTo(UserImportSource.Unavailable.Reason.BUSY);
        assertThat(users.count(company)).isEqualTo(before);
    }

    @Test
    void aCompanyWithoutConnectionIsToldSo() {
        CompanyId company = context.getBean(CompanyService.class).create("No SR " + System.nanoTime(), "test").id();

        UserImportSource.Unavailable refused = catchThrowableOfType(UserImportSource.Unavailable.class,
                () -> source.lines(company));

        assertThat(refused.reason()).isEqualTo(UserImportSource.Unavailable.Reason.NOT_CONNECTED);
    }

    private ClientCredential credential(CompanyId company) {
        return ClientCredential.of(connections.srCredential(company).orElseThrow());
    }
}
