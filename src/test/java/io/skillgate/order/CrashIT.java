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
import org.springframework.jdbc.core.JdbcTemplate;

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
 * Two nodes and a crash (issues 6 and 10): two instances of the packaged app on one MariaDB schema take
 * {@link #ORDERS} orders from "SR" (this JVM's sandbox, which outlives them), spread over both (odd orders to one,
 * even to the other; half of the access tokens come from node 1, half from node 2, and each is used on both), while
 * their background jobs invite candidates and deliver results. Every tenth order is sent to both nodes at once (SR retrying through a load
 * balancer): both answer, one order is stored. Halfway node 1 is killed with SIGKILL; what it was sent from then on
 * goes to node 2, as a load balancer would fail over, and node 2 takes the second half alone. Afterwards every
 * order answered 202/200 exists exactly once, and every result owed reaches the sandbox: a PENDING push per regular
 * order (sent once the invitation went out) and IN_PROGRESS + COMPLETED per inline order, whose candidates this JVM
 * took through the engine (same database). Duplicated pushes are allowed (a PATCH is idempotent) and counted; SR's
 * rate limit is never exceeded across the pair. Companies: 4, so four credentials share SR's 10 requests/s each.
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

    @Autowired
    private JdbcTemplate jdbc;

    private record Company(CompanyId id, String srCompanyId, String clientId, String secret, String regularPackage,
                           String inlinePackage) {
    }

    private record Placed(Company company, String orderId, String srOrderId, boolean inline, String token) {
    }

    @Test
    void twoNodesOneKilledLoseNoOrderAndNoResult() throws Exception {
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
        Map<String, String> settings = PackagedApp.nodeOf(environment);
        settings.put("SKILLGATE_SMARTRECRUITERS_BASEURL", "http://localhost:" + port + "/sandbox/sr");
        // SR's 8 requests at once per credential, shared by the two nodes (the setting is per node)
        settings.put("SKILLGATE_SMARTRECRUITERS_MAXCONCURRENTREQUESTS", "4");
        List<Placed> placed = new ArrayList<>();
        List<PackagedApp> nodes = PackagedApp.startAll("dev", List.of(with(settings, "SKILLGATE_NODEROUTE", "n1"),
                with(settings, "SKILLGATE_NODEROUTE", "n2")));
        try (PackagedApp node1 = nodes.get(0); PackagedApp node2 = nodes.get(1)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            Map<String, String> tokens = new ConcurrentHashMap<>();
            for (Company c : companies) {
                // half of the credentials get their token from node 1, half from node 2; both nodes take each token
                tokens.put(c.clientId(), token(http, companies.indexOf(c) % 2 == 0 ? node1 : node2, c));
            }
            placed.addAll(placeOrders(http, tokens, node1, node2, companies, 0, ORDERS / 2, true));
            complete(placed);
            int beforeKill = placed.size();
            List<Placed> more = placeOrders(http, tokens, node2, node2, companies, ORDERS / 2, ORDERS, false);
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
            Integer stored = jdbc.queryForObject("SELECT COUNT(*) FROM assessment_orders WHERE company_id IN ("
                    + companies.stream().map(c -> Long.toString(c.id().value())).collect(Collectors.joining(","))
                    + ")", Integer.class);
            System.out.printf("CrashIT: two nodes; %d orders answered before and around node 1's SIGKILL, %d after "
                    + "by node 2 alone; %d stored; results owed %d, missing %d; SR's limit exceeded %d times%n",
                    beforeKill, placed.size() - beforeKill, stored,
                    expected.values().stream().mapToInt(Set::size).sum(), missing.size(), sandbox.exceededCount());
            assertThat(stored).as("every answered order stored once, also those sent to both nodes")
                    .isEqualTo(placed.size());
            assertThat(missing).as("results never delivered (of %d orders)", placed.size()).isEmpty();
            assertThat(sandbox.exceededCount()).as("SR's rate limit exceeded").isZero();
        }
    }

    private static Map<String, String> with(Map<String, String> settings, String key, String value) {
        Map<String, String> more = new java.util.HashMap<>(settings);
        more.put(key, value);
        return more;
    }

    /**
     * Places orders [from, to) round-robin over the companies, odd ones to {@code odd}, even ones to {@code even}, every
     * tenth to both at once. SIGKILLs {@code odd} after half of them if asked; an order its node does not answer goes
     * to the other node, as a load balancer would send SR's retry.
     */
    private List<Placed> placeOrders(HttpClient http, Map<String, String> tokens, PackagedApp odd, PackagedApp even,
                                     List<Company> companies, int from, int to, boolean killOddMidway)
            throws Exception {
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
                PackagedApp node = i % 2 == 1 ? odd : even;
                PackagedApp other = node == odd ? even : odd;
                String path = "/api/sr/v1/packages/" + (inline ? "inline/" : "") + "orders";
                java.util.concurrent.CompletableFuture<HttpResponse<String>> twin = i % 10 == 0
                        ? http.sendAsync(order(other, path, tokens.get(c.clientId()), body),
                                HttpResponse.BodyHandlers.ofString())
                        : null;
                HttpResponse<String> answer = null;
                for (PackagedApp target : List.of(node, other)) {
                    try {
                        answer = http.send(order(target, path, tokens.get(c.clientId()), body),
                                HttpResponse.BodyHandlers.ofString());
                        break;
                    } catch (Exception unanswered) {
                        // that node died under this request: the load balancer sends SR's retry to the other one
                    }
                }
                if (twin != null) {
                    try {
                        twin.get(60, TimeUnit.SECONDS);
                    } catch (Exception unanswered) {
                        // the twin went to the node that was killed
                    }
                }
                if (answer != null && (answer.statusCode() == 202 || answer.statusCode() == 200)) {
                    JsonNode json = answer.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(answer.body());
                    String url = json.path("url").asText("");
                    answered.add(new Placed(c, orderIdOf(c, (String) body.get("resultCallbackURL")), srOrderId,
                            inline, url.substring(url.lastIndexOf('/') + 1)));
                }
                if (done.incrementAndGet() == killAt - from && killOddMidway) {
                    try {
                        odd.kill();
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
        assertThat(answered).as("with a node alive, every order is answered").hasSize(to - from);
        return answered;
    }

    private static HttpRequest order(PackagedApp node, String path, String token, Map<String, Object> body)
            throws Exception {
        return HttpRequest.newBuilder(URI.create(node.url(path)))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
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
