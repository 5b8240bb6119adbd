package io.skillgate.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Plays SR against us over HTTP, as SR would: opens our consent page, takes a token at our {@code oauthTokenUrl}
 * with the credential we handed over at integration, lists our packages and orders one (or inline) for a
 * generated candidate. Every URL comes from the partner configuration we saved at the sandbox. The calls made
 * are returned as {@link Exchange}s, so the page can show what was sent and what we answered.
 */
@Component
@Profile("!prod")
public class SandboxPlayer {

    static final String INLINE = "INLINE_ASSESSMENT";
    /** The recruiter SR names as the requester of package lists and orders. */
    static final String REQUESTER_ID = "sandbox-recruiter-1";
    static final String REQUESTER_EMAIL = "recruiter@smartrecruiters.sandbox.test";

    private static final String[] FIRST = {"Amara", "Bruno", "Chen", "Dagny", "Emil", "Fatima", "Goran", "Hana",
        "Ines", "Jonas", "Kwame", "Lena", "Mateo", "Noor", "Olga", "Priya"};
    private static final String[] LAST = {"Okafor", "Silva", "Wang", "Lindqvist", "Novak", "Haddad", "Petrov",
        "Sato", "Moreau", "Berg", "Mensah", "Kowalska", "Romero", "Aziz", "Ivanova", "Sharma"};
    private static final String[] LANGUAGES = {"en", "de", "fr", "pl", "es"};

    /** One HTTP call made: status 0 when no answer came (refused, timed out). */
    public record Exchange(String method, String url, @Nullable String request, int status, String response) {

        public boolean succeeded() {
            return status >= 200 && status < 300;
        }

        public String summary() {
            return method + " " + url + " → " + (status == 0 ? "no answer" : "HTTP " + status);
        }
    }

    /** A package from our list. */
    public record PackageOption(String id, String name, String type) {

        public boolean inline() {
            return INLINE.equals(type);
        }

        @Override
        public String toString() {
            return name + " (" + type + ", " + id + ")";
        }
    }

    /** Our package list and the calls that fetched it (token, list). */
    public record PackageList(List<Exchange> exchanges, List<PackageOption> packages) {
    }

    /** A generated candidate, as SR sends it. */
    public record Candidate(String id, String email, String firstName, String lastName, String applicationLanguage) {
    }

    /**
     * An order attempt: the calls made, the order id (the UUID in {@code resultCallbackURL}) and candidate when it
     * got as far as ordering, the candidate's link for an inline order, and what stopped it if something did.
     */
    public record Outcome(List<Exchange> exchanges, @Nullable String orderId, @Nullable Candidate candidate,
                          @Nullable String candidateUrl, @Nullable String problem) {

        public boolean succeeded() {
            return problem == null && !exchanges.isEmpty() && exchanges.get(exchanges.size() - 1).succeeded();
        }
    }

    /** Where to send the person to grant consent, and whether in a pop-up. */
    public record ConsentLink(String url, boolean popup) {
    }

    /** Playing is not possible at all: nothing configured, company unknown, a URL not announced. */
    public static class CannotPlay extends RuntimeException {

        public CannotPlay(String message) {
            super(message);
        }
    }

    private final SandboxState state;
    private final ObjectMapper json;
    private final RestClient http;

    SandboxPlayer(SandboxState state, ObjectMapper json, RestClient.Builder builder) {
        this.state = state;
        this.json = json;
        HttpClient jdk = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(jdk);
        factory.setReadTimeout(Duration.ofSeconds(15)); // SR waits at most 15 s for an answer
        this.http = builder.requestFactory(factory).build();
    }

    /** A fresh SR company id to connect. */
    public String newCompanyId() {
        return "sandbox-co-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffffL);
    }

    /** A consentUrl and display mode are stored: what we announced. */
    public boolean configured() {
        return state.configuration().isPresent();
    }

    /**
     * Our consent page for an SR company, as SR opens it: query {@code companyId} and, in REDIRECT mode,
     * {@code redirect} back to the sandbox page ({@code <appBaseUrl>/sandbox?connected=<id>}).
     */
    public ConsentLink consentLink(String companyId, String appBaseUrl) {
        String id = companyId.strip();
        if (id.isEmpty() || id.length() > 64) {
            throw new CannotPlay("An SR company id has 1 to 64 characters");
        }
        JsonNode config = configuration();
        String consentUrl = announced(config, "consentUrl");
        boolean popup = "POPUP".equals(config.path("consentDisplayMode").asText());
        StringBuilder url = new StringBuilder(consentUrl).append(consentUrl.contains("?") ? '&' : '?')
                .append("companyId=").append(encode(id));
        if (!popup) {
            url.append("&redirect=").append(encode(base(appBaseUrl) + "/sandbox?connected=" + encode(id)));
        }
        return new ConsentLink(url.toString(), popup);
    }

    /** Takes a token and lists our packages for the company. */
    public PackageList packages(String companyId) {
        SandboxState.Integration integration = integration(companyId);
        JsonNode config = configuration();
        List<Exchange> exchanges = new ArrayList<>();
        String token = token(config, integration, exchanges);
        if (token == null) {
            return new PackageList(exchanges, List.of());
        }
        return new PackageList(exchanges, list(config, token, exchanges));
    }

    /**
     * Orders a package for a generated candidate at our {@code packageOrderUrl}; with no package id, the first
     * package that is not inline.
     */
    public Outcome order(String companyId, @Nullable String packageId, String appBaseUrl) {
        return place(companyId, packageId, appBaseUrl, false);
    }

    /**
     * Orders an inline package at our {@code inlineAssessmentPackageOrderUrl}; with no package id, the first
     * INLINE_ASSESSMENT package. The candidate is to come back to {@code <appBaseUrl>/sandbox?completed=<order>}.
     */
    public Outcome orderInline(String companyId, @Nullable String packageId, String appBaseUrl) {
        return place(companyId, packageId, appBaseUrl, true);
    }

    private Outcome place(String companyId, @Nullable String packageId, String appBaseUrl, boolean inline) {
        SandboxState.Integration integration = integration(companyId);
        JsonNode config = configuration();
        String orderUrl = announced(config, inline ? "inlineAssessmentPackageOrderUrl" : "packageOrderUrl");
        List<Exchange> exchanges = new ArrayList<>();
        String token = token(config, integration, exchanges);
        if (token == null) {
            return new Outcome(exchanges, null, null, null, "No token from Skillgate");
        }
        String chosen = packageId;
        if (chosen == null) {
            chosen = list(config, token, exchanges).stream().filter(p -> p.inline() == inline)
                    .map(PackageOption::id).findFirst().orElse(null);
            if (chosen == null) {
                return new Outcome(exchanges, null, null, null, "Skillgate lists no " + (inline ? "" : "non-")
                        + "INLINE_ASSESSMENT package for " + companyId);
            }
        }
        String orderId = UUID.randomUUID().toString();
        Candidate candidate = newCandidate();
        String jobId = "job-" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
        String base = base(appBaseUrl);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resultCallbackURL", base + SandboxSecurityConfiguration.BASE + "/assessment-api/v202010/orders/"
                + orderId + "/results");
        Map<String, Object> person = new LinkedHashMap<>();
        if (!inline) {
            person.put("id", candidate.id());
        }
        person.put("email", candidate.email());
        person.put("firstName", candidate.firstName());
        person.put("lastName", candidate.lastName());
        person.put("applicationLanguage", candidate.applicationLanguage());
        body.put("candidate", person);
        if (!inline) {
            body.put("requester", Map.of("userId", REQUESTER_ID, "email", REQUESTER_EMAIL));
        }
        body.put("assessmentPackageId", chosen);
        body.put("jobId", jobId);
        body.put("job", Map.of("id", jobId));
        body.put("companyId", integration.companyId());
        if (inline) {
            body.put("completedAssessmentCallbackUrl", base + "/sandbox?completed=" + orderId);
        } else {
            body.put("fields", Map.of());
        }
        String request = write(body);
        Exchange answer = send(HttpMethod.POST, orderUrl, headers -> {
            headers.setBearerAuth(token);
            headers.setContentType(MediaType.APPLICATION_JSON);
        }, request, request);
        exchanges.add(answer);
        String candidateUrl = null;
        if (inline && answer.succeeded()) {
            candidateUrl = read(answer.response()).path("url").asText(null);
        }
        return new Outcome(exchanges, orderId, candidate, candidateUrl, null);
    }

    /** A candidate with a plausible random name and an address under {@code candidates.sandbox.test}. */
    public Candidate newCandidate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        String email = (first + "." + last + "." + (1000 + random.nextInt(9000)) + "@candidates.sandbox.test")
                .toLowerCase(Locale.ROOT);
        return new Candidate("cand-" + Long.toHexString(random.nextLong() & 0xffffffffL), email, first, last,
                LANGUAGES[random.nextInt(LANGUAGES.length)]);
    }

    private @Nullable String token(JsonNode config, SandboxState.Integration integration, List<Exchange> exchanges) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", integration.partnerClientId());
        form.add("client_secret", integration.partnerClientSecret());
        Exchange answer = send(HttpMethod.POST, announced(config, "oauthTokenUrl"),
                headers -> headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED), form,
                "grant_type=client_credentials&client_id=" + integration.partnerClientId() + "&client_secret=…");
        exchanges.add(answer);
        return answer.succeeded() ? read(answer.response()).path("access_token").asText(null) : null;
    }

    private List<PackageOption> list(JsonNode config, String token, List<Exchange> exchanges) {
        String requester = write(Map.of("email", REQUESTER_EMAIL));
        Exchange answer = send(HttpMethod.GET, announced(config, "assessmentPackageListUrl"), headers -> {
            headers.setBearerAuth(token);
            headers.set("requester", requester);
            headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        }, null, "requester: " + requester);
        exchanges.add(answer);
        List<PackageOption> packages = new ArrayList<>();
        if (answer.status() == 200) {
            read(answer.response()).forEach(p -> packages.add(new PackageOption(p.path("id").asText(),
                    p.path("name").asText(), p.path("type").asText())));
        }
        return packages;
    }

    private Exchange send(HttpMethod method, String url, Consumer<HttpHeaders> headers, @Nullable Object body,
                          @Nullable String shown) {
        try {
            RestClient.RequestBodySpec request = http.method(method).uri(URI.create(url)).headers(headers);
            if (body != null) {
                request.body(body);
            }
            return request.exchange((sent, response) -> new Exchange(method.name(), url, shown,
                    response.getStatusCode().value(), new String(response.getBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
        } catch (RestClientException | IllegalArgumentException e) {
            Throwable cause = e.getCause() instanceof IOException io ? io : e;
            return new Exchange(method.name(), url, shown, 0, cause.getClass().getSimpleName() + ": "
                    + cause.getMessage());
        }
    }

    private SandboxState.Integration integration(String companyId) {
        return state.integration(companyId).orElseThrow(() -> new CannotPlay("SR company " + companyId
                + " is not integrated: Skillgate has not called the integration endpoint for it"));
    }

    private JsonNode configuration() {
        return state.configuration().orElseThrow(() -> new CannotPlay("No partner configuration stored: "
                + "Skillgate has not sent its configuration to the sandbox yet (it does on start-up; operators "
                + "can send it again under SmartRecruiters configuration)"));
    }

    private static String announced(JsonNode config, String name) {
        String url = config.path(name).asText("");
        if (url.isBlank()) {
            throw new CannotPlay("Skillgate announced no " + name);
        }
        return url;
    }

    private static String base(String appBaseUrl) {
        return appBaseUrl.endsWith("/") ? appBaseUrl.substring(0, appBaseUrl.length() - 1) : appBaseUrl;
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters (a space as %20, never +). */
    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return json.missingNode();
        }
    }
}
