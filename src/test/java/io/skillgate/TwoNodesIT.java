package io.skillgate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.access.UserService;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.connection.ConnectionService;
import io.skillgate.connection.IssuedCredential;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderService;
import io.skillgate.order.PlaceOrderCommand;
import io.skillgate.sso.SamlTestIdp;
import io.skillgate.sso.SsoFixture;
import io.skillgate.support.BrowserExtension;
import io.skillgate.support.Nginx;
import io.skillgate.support.PackagedApp;
import io.skillgate.support.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes behind nginx (issue 10). Node n1 is this test's server, node n2 the packaged jar (dev profile) on the same
 * schema, and in front of both runs Debian's nginx with the configuration we ship ({@code docker/scale/nginx.conf}),
 * which is the public URL of both. Each node reads the order changes the other one stored, every 500 ms.
 * <ul>
 *   <li>A SAML response consumed on n1 is refused on n2: only the assertion ids consumed in MariaDB tell n2.</li>
 *   <li>Two recruiters sign in through nginx and land on different nodes; their sessions stay on their node (every
 *   request that carried a session cookie went to the node its route names). With both watching the orders grid,
 *   an order placed on n1 and one placed through n2's partner API reach both grids through Vaadin Push, without a
 *   reload, and both can go on working.</li>
 * </ul>
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestDatabaseInitializer.OWN_DATABASE + "=true", "vaadin.productionMode=true",
                "skillgate.node-route=n1", "skillgate.order.live-update-poll-interval=500ms"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    private static final int BALANCER_PORT = balancerPort();
    private static final String PUBLIC_URL = "http://localhost:" + BALANCER_PORT;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set in the page before something happens elsewhere; a reload would drop it. */
    private static final String MARK = "window.skillgateNotReloaded = true";
    private static final String MARKED = "return window.skillgateNotReloaded === true";

    @RegisterExtension
    final BrowserExtension admin = BrowserExtension.waitingUpTo(Duration.ofSeconds(30)).named("admin");

    @RegisterExtension
    final BrowserExtension auditor = BrowserExtension.waitingUpTo(Duration.ofSeconds(30)).named("auditor");

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private Environment environment;

    @Autowired
    private AuditService audit;

    @Autowired
    private UserService users;

    @Autowired
    private OrderService orders;

    @Autowired
    private CatalogService catalog;

    @Autowired
    private ConnectionService connections;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private PackagedApp node2;
    private Nginx nginx;

    @DynamicPropertySource
    static void publicUrl(DynamicPropertyRegistry registry) {
        registry.add("skillgate.public-url", () -> PUBLIC_URL);
    }

    @BeforeAll
    void startNodeTwoAndTheBalancer() throws Exception {
        Map<String, String> settings = PackagedApp.nodeOf(environment);
        settings.putAll(Map.of("SKILLGATE_PUBLICURL", PUBLIC_URL, "SKILLGATE_NODEROUTE", "n2",
                "SKILLGATE_ORDER_LIVEUPDATEPOLLINTERVAL", "500ms",
                // no background work: what changes here, the test changes
                "DBSCHEDULER_ENABLED", "false"));
        node2 = PackagedApp.start("dev", settings);
        nginx = Nginx.start(BALANCER_PORT, port, node2.port());
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
        }
        if (node2 != null) {
            node2.close();
        }
    }

    @Test
    void aSamlResponseConsumedOnOneNodeIsRefusedOnTheOther() throws Exception {
        SamlTestIdp idp = new SamlTestIdp();
        SsoFixture fixture = new SsoFixture(context, idp);
        fixture.enable(); // IdP-initiated sign-in allowed: the response answers no stored request
        String consumed = idp.xml(fixture.spec(fixture.recruiterEmail));

        HttpResponse<String> onNode1 = postSaml("http://localhost:" + port + fixture.acsPath(), consumed);
        assertThat(onNode1.statusCode()).isEqualTo(302);
        assertThat(location(onNode1)).as("signed in on node 1").doesNotContain("sso-error");

        HttpResponse<String> replayedOnNode2 = postSaml(node2.url(fixture.acsPath()), consumed);
        assertThat(replayedOnNode2.statusCode()).isEqualTo(302);
        assertThat(location(replayedOnNode2)).contains("/login?sso-error=");
        assertThat(audit.recent(fixture.company.id(), 10)).anyMatch(e -> e.action().equals("sso.refused")
                && e.detail().contains("(replay)"));

        HttpResponse<String> freshOnNode2 = postSaml(node2.url(fixture.acsPath()),
                idp.xml(fixture.spec(fixture.recruiterEmail)));
        assertThat(location(freshOnNode2)).as("node 2 signs in with a response not used before")
                .doesNotContain("sso-error");
    }

    @Test
    void sessionsStayOnTheirNodeAndPushReachesUsersOnBoth() throws Exception {
        CompanyId acme = users.companyOfEmail("admin@acme.test").orElseThrow();
        String packageId = catalog.create(acme, new CreatePackageCommand("Two nodes", "", AssessmentType.SKILL_TEST,
                List.of(new CreatePackageCommand.NewAssessment("Only", "", AssessmentType.SKILL_TEST, null,
                        List.of(NewQuestion.singleChoice("Pick the first", List.of("first", "second"), 0))))),
                "test").id();

        String adminRoute = signIn(admin, "admin@acme.test", "acme-admin-pass", null);
        String auditorRoute = signIn(auditor, "auditor@acme.test", "acme-auditor-pass", adminRoute);
        assertThat(List.of(adminRoute, auditorRoute)).as("one user on each node").containsExactlyInAnyOrder("n1",
                "n2");
        for (BrowserExtension browser : List.of(admin, auditor)) {
            browser.driver().get(nginx.url("/orders"));
            browser.await().until(ExpectedConditions.or(
                    ExpectedConditions.visibilityOfElementLocated(By.id("orders-empty")),
                    ExpectedConditions.visibilityOfElementLocated(By.id("orders-grid"))));
            browser.awaitIdle();
            browser.script(MARK);
        }

        // an order placed on node 1 (this JVM, as its partner API would) …
        String srOrderId = UUID.randomUUID().toString();
        orders.place(new PlaceOrderCommand(acme, OrderKind.REGULAR, srOrderId, callbackUrl(srOrderId), packageId,
                "cand-" + srOrderId, "ada.lovelace@example.com", "Ada", "Lovelace", "en", null, "recruiter@acme.test",
                "job-two-nodes", null, Map.of()));
        // … and one SR places through node 2's partner API
        IssuedCredential credential = connections.connect(acme, "sr-two-nodes", "test");
        HttpResponse<String> placedOnNode2 = orderOnNode2(credential, packageId, "Alan", "Turing");
        assertThat(placedOnNode2.statusCode()).as(placedOnNode2.body()).isEqualTo(202);

        for (BrowserExtension browser : List.of(admin, auditor)) {
            browser.visible(cell("Ada Lovelace"));
            browser.visible(cell("Alan Turing"));
            assertThat(browser.script(MARKED)).as("the grid was updated in place, not reloaded").isEqualTo(true);
        }

        // both sessions go on working on their node: the order page of the order node 2 took
        for (BrowserExtension browser : List.of(admin, auditor)) {
            browser.click(cell("Alan Turing"));
            browser.await().until(ExpectedConditions.urlContains("/orders/"));
            assertThat(browser.visible(By.id("order-status")).getText()).isEqualTo("Received");
            browser.present(By.id("order-timeline"));
        }
        assertThat(route(admin)).isEqualTo(adminRoute);
        assertThat(route(auditor)).isEqualTo(auditorRoute);

        // and nginx sent every request that carried a session to the node the session's route names
        Map<String, String> nodes = Map.of("n1", "127.0.0.1:" + port, "n2", "127.0.0.1:" + node2.port());
        List<Nginx.Routed> withSession = nginx.routed().stream()
                .filter(r -> r.sessionCookie().matches(".+\\.n[12]")).toList();
        assertThat(withSession).as("requests of signed-in sessions through nginx").hasSizeGreaterThan(10);
        assertThat(withSession).allSatisfy(r -> assertThat(r.upstream()).as(r.uri())
                .isEqualTo(nodes.get(r.sessionCookie().substring(r.sessionCookie().lastIndexOf('.') + 1))));
        assertThat(withSession).extracting(Nginx.Routed::upstream).containsAll(nodes.values());
    }

    /**
     * Signs in through nginx, on another node than {@code otherRoute} if given: a browser without a session is
     * balanced round-robin, so a fresh start lands on the other node at the latest after a few tries. Returns the
     * node's route, which Tomcat appended to the session id.
     */
    private String signIn(BrowserExtension browser, String email, String password, String otherRoute) {
        for (int attempt = 0; attempt < 6; attempt++) {
            browser.driver().manage().deleteAllCookies();
            browser.driver().get(nginx.url("/login"));
            browser.present(By.cssSelector("vaadin-login-form"));
            browser.await().until(d -> route(browser) != null);
            if (otherRoute == null || !otherRoute.equals(route(browser))) {
                break;
            }
        }
        String before = route(browser);
        browser.signIn(nginx.url("/login"), email, password);
        browser.await().until(d -> !d.getCurrentUrl().contains("/login"));
        assertThat(route(browser)).as("signed in on the node that served the sign-in page").isEqualTo(before);
        return before;
    }

    private static String route(BrowserExtension browser) {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        return session == null || session.getValue().lastIndexOf('.') < 0 ? null
                : session.getValue().substring(session.getValue().lastIndexOf('.') + 1);
    }

    private HttpResponse<String> orderOnNode2(IssuedCredential credential, String packageId, String firstName,
                                              String lastName) throws IOException, InterruptedException {
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(node2.url("/api/sr/v1/oauth/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id="
                        + credential.clientId() + "&client_secret=" + credential.clientSecret())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        String srOrderId = UUID.randomUUID().toString();
        String body = JSON.writeValueAsString(Map.of(
                "resultCallbackURL", callbackUrl(srOrderId),
                "candidate", Map.of("email", "alan.turing@example.com", "firstName", firstName, "lastName", lastName,
                        "applicationLanguage", "en"),
                "assessmentPackageId", packageId,
                "companyId", credential.srCompanyId()));
        return http.send(HttpRequest.newBuilder(URI.create(node2.url("/api/sr/v1/packages/orders")))
                .header("Authorization", "Bearer " + JSON.readTree(token.body()).get("access_token").asText())
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String callbackUrl(String srOrderId) {
        return "https://api.smartrecruiters.com/assessment-api/v202010/orders/" + srOrderId + "/results";
    }

    private HttpResponse<String> postSaml(String url, String xml) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("SAMLResponse="
                        + URLEncoder.encode(SamlTestIdp.base64(xml), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("");
    }

    private static By cell(String text) {
        return By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + text + "']");
    }

    private static int balancerPort() {
        try {
            return Nginx.freePort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
