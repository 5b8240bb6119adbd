package io.skillgate.partnerapi;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.SkillgateApplication;
import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.connection.IssuedCredential;
import io.skillgate.order.OrderService;
import io.skillgate.support.PartnerFixture;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input at every inbound endpoint of the partner API, over real HTTP against the running app:
 * 10,000 malformed or hostile requests in all (wrong types, huge strings, missing and unknown fields, unknown
 * enums, broken JSON, wrong content types). None may answer 5xx, and none that is refused may store an order.
 */
class HostileInputTest {

    private static final int TRIES = 2_000;

    private static ConfigurableApplicationContext app;
    private static HttpClient http;
    private static String base;
    private static String token;
    private static IssuedCredential credential;
    private static CompanyId company;
    private static PackageDetails skillTest;
    private static PackageDetails inline;
    private static OrderService orders;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicLong STORED = new AtomicLong();

    @BeforeContainer
    static void startTheApp() {
        app = new SpringApplicationBuilder(SkillgateApplication.class)
                .run("--server.port=0", "--logging.level.io.skillgate.request=WARN");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/api/sr/v1";
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        PartnerFixture fixture = new PartnerFixture(app);
        PartnerFixture.Connected connected = fixture.connect("Hostile Co");
        company = connected.company();
        credential = connected.credential();
        token = connected.token();
        skillTest = fixture.addPackage(company, "Skills", AssessmentType.SKILL_TEST);
        inline = fixture.addPackage(company, "Inline", AssessmentType.INLINE_ASSESSMENT);
        orders = app.getBean(OrderService.class);
    }

    @AfterContainer
    static void stopTheApp() {
        if (app != null) {
            app.close();
        }
    }

    record Attempt(String contentType, String body) {
    }

    // ---- the properties: TRIES each, five endpoints, 10,000 requests ----

    @Property(tries = TRIES)
    void orders(@ForAll("orderAttempts") Attempt attempt) throws Exception {
        postAndCheck("/packages/orders", attempt);
    }

    @Property(tries = TRIES)
    void inlineOrders(@ForAll("inlineOrderAttempts") Attempt attempt) throws Exception {
        postAndCheck("/packages/inline/orders", attempt);
    }

    @Property(tries = TRIES)
    void tokenRequests(@ForAll("tokenAttempts") Attempt attempt) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/oauth/token"))
                .header("Content-Type", attempt.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(attempt.body())));
        assertThat(response.statusCode()).as(attempt.toString()).isBetween(200, 499);
    }

    @Property(tries = TRIES)
    void packageLists(@ForAll("hostileStrings") String requester, @ForAll("listQueries") String query)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/packages" + query))
                .header("Authorization", "Bearer " + token);
        // what an HTTP client can send at all: visible ASCII (the JDK client refuses anything else)
        String header = requester.replaceAll("[^\\x20-\\x7e]", "");
        if (!header.isBlank()) {
            request.header("requester", header.strip());
        }
        HttpResponse<String> response = send(request.GET());
        assertThat(response.statusCode()).as(requester + " " + query).isIn(200, 204, 400);
    }

    @Property(tries = TRIES)
    void singlePackagesAndDisables(@ForAll("hostileStrings") String id, @ForAll boolean disable) throws Exception {
        String path = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        if (path.isEmpty()) {
            path = "%20";
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + (disable
                ? "/integrations/companies/" : "/packages/") + path)).header("Authorization", "Bearer " + token);
        HttpResponse<String> response = send(disable ? request.DELETE() : request.GET());
        assertThat(response.statusCode()).as(id).isBetween(400, 499);
        assertThat(response.body()).contains("\"errors\"");
    }

    private static void postAndCheck(String path, Attempt attempt) throws Exception {
        long before = orders.countOrders(company);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", attempt.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(attempt.body())));
        long after = orders.countOrders(company);
        assertThat(response.statusCode()).as(attempt.body()).isBetween(200, 499);
        if (response.statusCode() >= 400) {
            assertThat(after).as("a refused request stored an order: " + attempt.body()).isEqualTo(before);
            assertThat(response.body()).as(attempt.body()).contains("\"errors\"");
        } else {
            STORED.addAndGet(after - before);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---- generators ----

    @Provide
    Arbitrary<Attempt> orderAttempts() {
        return attempts(() -> validOrder(skillTest.id()));
    }

    @Provide
    Arbitrary<Attempt> inlineOrderAttempts() {
        return attempts(() -> {
            Map<String, Object> order = validOrder(inline.id());
            order.remove("requester");
            order.remove("fields");
            order.put("completedAssessmentCallbackUrl", "https://www.smartrecruiters.com/done");
            return order;
        });
    }

    @Provide
    Arbitrary<Attempt> tokenAttempts() {
        Arbitrary<String> values = Arbitraries.oneOf(hostileStrings(),
                Arbitraries.of("client_credentials", credential.clientId(), "password", ""));
        Arbitrary<String> names = Arbitraries.of("grant_type", "client_id", "client_secret", "scope", "x", "");
        Arbitrary<String> forms = Combinators.combine(names, values).as((n, v) ->
                        URLEncoder.encode(n, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))
                .list().ofMaxSize(6).map(pairs -> String.join("&", pairs));
        return Combinators.combine(contentTypes(), Arbitraries.oneOf(forms, hostileStrings())).as(Attempt::new);
    }

    /**
     * The package list's query: SR's location parameters, remote, our custom field, unknown names; hostile or
     * plausible values, repeated names, empty ones. Empty for about one in five.
     */
    @Provide
    Arbitrary<String> listQueries() {
        Arbitrary<String> names = Arbitraries.of("country-code", "region-abbr", "city", "address", "postal-code",
                "remote", "language", "level", "Country-Code", "fields", "");
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.of("DE", "de", "USA", "1", "true", "FALSE", "yes", "en", "", " ", "Zürich", "%", "&="),
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars('a', 'Z', '9', ' ', '-', '.', ',').ofMinLength(30).ofMaxLength(600));
        Arbitrary<String> pairs = Combinators.combine(names, values).as((n, v) ->
                URLEncoder.encode(n, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(4, pairs.list().ofMinSize(1).ofMaxSize(8).map(p -> "?" + String.join("&", p))));
    }

    @Provide
    Arbitrary<String> hostileStrings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(80),
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withChars('a', '{', '}', '"', '\\', '@', '%', '/', '.', ' ').ofMaxLength(2000),
                Arbitraries.of("{\"email\":\"a@b.test\"}", "{\"email\":null}", "null", "[]", "{}", "a@b",
                        "'; DROP TABLE assessment_orders; --", "../../etc/passwd", "%00", "\u202e", "😀@😀.test",
                        "x".repeat(70_000), "{\"email\":\"" + "a".repeat(5000) + "@b.test\"}"));
    }

    private Arbitrary<String> contentTypes() {
        return Arbitraries.of("application/json", "application/json", "application/json; charset=utf-8",
                "application/x-www-form-urlencoded", "text/plain", "application/xml", "multipart/form-data",
                "application/json-patch+json", "*/*", "");
    }

    /** Mutations of a valid body, broken JSON and random JSON values, under random content types. */
    private Arbitrary<Attempt> attempts(java.util.function.Supplier<Map<String, Object>> valid) {
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.integers().between(0, 40), jsonValues(),
                        Arbitraries.integers().between(0, 3))
                .as((path, value, kind) -> mutate(valid.get(), path, value, kind));
        Arbitrary<String> broken = Arbitraries.oneOf(hostileStrings(),
                mutated.map(body -> body.substring(0, Math.max(0, body.length() / 2))));
        Arbitrary<String> values = jsonValues().map(HostileInputTest::write);
        Arbitrary<String> bodies = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, mutated), net.jqwik.api.Tuple.of(2, broken), net.jqwik.api.Tuple.of(1, values));
        Arbitrary<String> types = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, Arbitraries.just("application/json")),
                net.jqwik.api.Tuple.of(2, contentTypes()));
        return Combinators.combine(types, bodies).as(Attempt::new);
    }

    private Arbitrary<Object> jsonValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(50).map(s -> (Object) s),
                Arbitraries.strings().ofMinLength(300).ofMaxLength(5000).map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just((Object) null),
                Arbitraries.of("VIDEO_INTERVIEW", "UNKNOWN_TYPE", "", "javascript:alert(1)", "https://x.test/orders/1")
                        .map(s -> (Object) s),
                Arbitraries.just((Object) List.of(1, "two", Map.of())),
                Arbitraries.just((Object) Map.of("nested", Map.of("deeper", List.of()))));
    }

    /** kind 0: replace a value; 1: remove a key; 2: add an unknown key; 3: fresh callback only (a valid order). */
    @SuppressWarnings("unchecked")
    private static String mutate(Map<String, Object> order, int pathIndex, Object value, int kind) {
        List<Map.Entry<Map<String, Object>, String>> slots = new ArrayList<>();
        collect(order, slots);
        Map.Entry<Map<String, Object>, String> slot = slots.get(pathIndex % slots.size());
        switch (kind) {
            case 0 -> slot.getKey().put(slot.getValue(), value);
            case 1 -> slot.getKey().remove(slot.getValue());
            case 2 -> slot.getKey().put("unknown" + pathIndex, value);
            default -> { }
        }
        return write(order);
    }

    @SuppressWarnings("unchecked")
    private static void collect(Map<String, Object> map, List<Map.Entry<Map<String, Object>, String>> slots) {
        for (String key : new ArrayList<>(map.keySet())) {
            slots.add(Map.entry(map, key));
            if (map.get(key) instanceof Map<?, ?> child) {
                collect((Map<String, Object>) child, slots);
            }
        }
    }

    private static Map<String, Object> validOrder(String packageId) {
        Map<String, Object> candidate = new LinkedHashMap<>(Map.of("id", "c-1", "email", "ada@example.test",
                "firstName", "Ada", "lastName", "Lovelace", "applicationLanguage", "en"));
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("resultCallbackURL", "https://api.smartrecruiters.com/assessment-api/v202010/orders/"
                + UUID.randomUUID() + "/results");
        order.put("candidate", candidate);
        order.put("requester", new LinkedHashMap<>(Map.of("userId", "u-1", "email", "rec@example.test")));
        order.put("assessmentPackageId", packageId);
        order.put("job", new LinkedHashMap<>(Map.of("id", "j-1")));
        order.put("companyId", credential.srCompanyId());
        order.put("fields", new LinkedHashMap<>(Map.of("level", "senior")));
        return order;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
