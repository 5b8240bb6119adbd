package io.skillgate.order;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.CreatePackageCommand.NewAssessment;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.connection.ConnectionService;
import io.skillgate.sandbox.SandboxState;
import io.skillgate.support.PackagedApp;
import io.skillgate.support.PartnerFixture;
import io.skillgate.support.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crash test: the packaged app takes {@link #ORDERS} orders from "SR" (this JVM's sandbox, which outlives the app)
 * while its background jobs invite candidates and deliver results; it is killed with SIGKILL halfway and started
 * again. Afterwards every order it answered 202/200 exists, and every result it owed reaches the sandbox: a PENDING
 * push per regular order (sent once the invitation went out) and IN_PROGRESS + COMPLETED per inline order, whose
 * candidates this JVM took through the engine (same database). Duplicates are allowed (a PATCH is idempotent) and
 * counted; SR's rate limit is never exceeded. Companies: 4, so four credentials share SR's 10 requests/s each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = TestDatabaseInitializer.OWN_DATABASE + "=true")
class CrashIT {

    static final int ORDERS = Integer.getInteger("skillgate.crash.orders", 2000);
    static final int COMPANIES = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private Environment environment;

    @Autowired
    private SandboxState sandbox;

    @Autowired
    private CatalogService catalog;

    @Autowired
    private ConnectionService connections;

    @Autowired
    private OrderService orders;

    @Autowired
    private AttemptService attempts;

    private record Company(CompanyId id, String srCompanyId, String clientId, String secret, String regularPackage,
                           String inlinePackage) {
    }

    private record Placed(Company company, String orderId, String srOrderId, boolean inline, String token) {
    }

    @Test
    void aKilledAppLosesNoOrderAndNoResult() throws Exception {
        PartnerFixture fixture = new PartnerFixture(context);
        List<Company> companies = new ArrayList<>();
        for (int i = 0; i < COMPANIES; i++) {
            CompanyId id = fixture.connectThroughSandbox(context, "Crash " + i);
            String srCompanyId = connections.health(id).orElseThrow().srCompanyId();
            SandboxState.Integration integration = sandbox.integration(srCompanyId).orElseThrow();
            companies.add(new Company(id, srCompanyId, integration.partnerClientId(),
                    integration.partnerClientSecret(), pkg(id, AssessmentType.SKILL_TEST).id(),
                    pkg(id, AssessmentType.INLINE_ASSESSMENT).id()));
        }
        Map<String, String> settings = Map.of(
                // the app shares this test's own schema, and nothing else
                "SPRING_DATASOURCE_URL", environment.getRequiredProperty("spring.datasource.url"),
                "SPRING_DATASOURCE_USERNAME", environment.getRequiredProperty("spring.datasource.username"),
                "SPRING_DATASOURCE_PASSWORD", environment.getProperty("spring.datasource.password", ""),
                "SKILLGATE_SMARTRECRUITERS_BASEURL", "http://localhost:" + port + "/sandbox/sr",
                "SKILLGATE_CONNECTION_ENCRYPTIONKEY", environment.getRequiredProperty(
                        "skillgate.connection.encryption-key"),
                "SKILLGATE_SMARTRECRUITERS_CONFIGUREONSTARTUP", "false");
        List<Placed> placed = new ArrayList<>();
        try (PackagedApp first = PackagedApp.start("dev", settings)) {
            placed.addAll(placeOrders(first, companies, 0, ORDERS / 2, true));
            complete(placed);
        }
        int beforeKill = placed.size();
        try (PackagedApp second = PackagedApp.start("dev", settings)) {
            List<Placed> more = placeOrders(second, companies, ORDERS / 2, ORDERS, false);
            complete(more);
            placed.addAll(more);

            Map<String, Set<String>> expected = placed.stream().collect(Collectors.toMap(Placed::srOrderId,
                    p -> p.inline() ? Set.of("IN_PROGRESS", "COMPLETED") : Set.of("PENDING")));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(6);
            Map<String, Set<String>> missing = missing(expected);
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(2000);
                missing = missing(expected);
            }
            for (Placed p : placed) {
                assertThat(orders.details(p.company().id(), p.orderId()).orderId()).isEqualTo(p.orderId());
            }
            System.out.printf("CrashIT: %d orders answered by the app before and around its SIGKILL, %d after the "
                    + "restart; results owed %d, missing %d; SR's limit exceeded %d times%n", beforeKill,
                    placed.size() - beforeKill, expected.values().stream().mapToInt(Set::size).sum(), missing.size(),
                    sandbox.exceededCount());
            assertThat(missing).as("results never delivered (of %d orders)", placed.size()).isEmpty();
            assertThat(sandbox.exceededCount()).as("SR's rate limit exceeded").isZero();
        }
    }

    /** Places orders [from, to) round-robin over the companies; SIGKILLs the app after half of them if asked. */
    private List<Placed> placeOrders(PackagedApp app, List<Company> companies, int from, int to, boolean killMidway)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, String> tokens = new ConcurrentHashMap<>();
        for (Company c : companies) {
            tokens.put(c.clientId(), token(http, app, c));
        }
        List<Placed> answered = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        int killAt = from + (to - from) / 2;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int n = from; n < to; n++) {
            int i = n;
            work.add(pool.submit(() -> {
                Company c = companies.get(i % companies.size());
                boolean inline = i % 2 == 1;
                String srOrderId = UUID.randomUUID().toString();
                Map<String, Object> body = new java.util.LinkedHashMap<>();
                body.put("resultCallbackURL", "https://api.smartrecruiters.com/assessment-api/v202010/orders/"
                        + srOrderId + "/results");
                body.put("candidate", Map.of("email", "crash-" + i + "@example.com", "firstName", "C" + i,
                        "lastName", "Rash", "applicationLanguage", "en"));
                body.put("assessmentPackageId", inline ? c.inlinePackage() : c.regularPackage());
                body.put("companyId", c.srCompanyId());
                if (inline) {
                    body.put("completedAssessmentCallbackUrl", "https://jobs.example.com/done");
                }
                try {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(app.url(
                                    "/api/sr/v1/packages/" + (inline ? "inline/" : "") + "orders")))
                            .header("Authorization", "Bearer " + tokens.get(c.clientId()))
                            .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 202 || answer.statusCode() == 200) {
                        JsonNode json = answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
                        String url = json.path("url").asText("");
                        answered.add(new Placed(c, orderIdOf(c, (String) body.get("resultCallbackURL")), srOrderId, inline,
                                url.substring(url.lastIndexOf('/') + 1)));
                    }
                } catch (Exception killed) {
                    // the app died under this request: it never answered, so it owes nothing
                }
                if (done.incrementAndGet() == killAt - from && killMidway) {
                    try {
                        app.kill();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        if (!killMidway) {
            assertThat(answered).as("a live app answers every order").hasSize(to - from);
        } else {
            assertThat(answered.size()).as("orders answered before the kill").isGreaterThan((to - from) / 4);
        }
        return answered;
    }

    /** Takes each answered inline order's candidate through the engine in this JVM (same database). */
    private void complete(List<Placed> placed) {
        for (Placed p : placed) {
            if (p.inline()) {
                CandidateSession session = attempts.open(p.token());
                String assessment = session.sections().get(0).assessmentId();
                session = attempts.start(p.token(), assessment);
                attempts.answer(p.token(), session.sections().get(0).questions().get(0).id(), "0");
                attempts.submit(p.token(), assessment);
            }
        }
    }

    private Map<String, Set<String>> missing(Map<String, Set<String>> expected) {
        Map<String, Set<String>> missing = new java.util.HashMap<>();
        expected.forEach((order, statuses) -> {
            Set<String> got = sandbox.statusesReceived(order);
            Set<String> lacking = statuses.stream().filter(s -> !got.contains(s)).collect(Collectors.toSet());
            if (!lacking.isEmpty()) {
                missing.put(order, lacking);
            }
        });
        return missing;
    }

    private String orderIdOf(Company company, String callbackUrl) {
        return orders.orderIdForCallback(company.id(), callbackUrl).orElseThrow();
    }

    private PackageDetails pkg(CompanyId company, AssessmentType type) {
        return catalog.create(company, new CreatePackageCommand("Crash " + type, "", type, List.of(
                new NewAssessment("Only", "", type, null,
                        List.of(NewQuestion.singleChoice("Pick the first", List.of("first", "second"), 0))))), "test");
    }

    private static String token(HttpClient http, PackagedApp app, Company c) throws Exception {
        String form = "grant_type=client_credentials&client_id=" + c.clientId() + "&client_secret=" + c.secret();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/sr/v1/oauth/token")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body()).get("access_token").asText();
    }
}
