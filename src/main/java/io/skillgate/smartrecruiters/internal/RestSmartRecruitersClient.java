package io.skillgate.smartrecruiters.internal;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.smartrecruiters.AssessmentResult;
import io.skillgate.smartrecruiters.CandidateDetails;
import io.skillgate.smartrecruiters.ClientCredential;
import io.skillgate.smartrecruiters.HiringTeamMember;
import io.skillgate.smartrecruiters.JobDetails;
import io.skillgate.smartrecruiters.PartnerConfiguration;
import io.skillgate.smartrecruiters.SmartRecruitersClient;
import io.skillgate.smartrecruiters.SmartRecruitersException;
import io.skillgate.smartrecruiters.SmartRecruitersProperties;
import io.skillgate.smartrecruiters.SmartRecruitersUser;

/** {@link SmartRecruitersClient} over Spring's {@link RestClient}; the call rules are in {@link CallPolicy}. */
class RestSmartRecruitersClient implements SmartRecruitersClient {

    static final String API = "/assessment-api/v202010";
    static final String USERS_API = "/user-api/v201804";
    /** A guard against a cursor that never ends: 1,000 pages of 100 users. */
    static final int MAX_USER_PAGES = 1_000;

    private final RestClient http;
    private final Supplier<String> baseUrl;
    private final SmartRecruitersProperties properties;
    private final CallPolicy policy;
    private final TokenCache tokens;

    RestSmartRecruitersClient(RestClient http, Supplier<String> baseUrl, SmartRecruitersProperties properties,
                              RateLimiter limiter, ObjectMapper json, Clock clock) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.properties = properties;
        this.policy = new CallPolicy(limiter, json, properties.maxConcurrentRequests(), properties.maxAttempts());
        this.tokens = new TokenCache(this::requestToken, clock);
    }

    private SrTokenResponse requestToken(ClientCredential credential) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", credential.clientId());
        form.add("client_secret", credential.clientSecret());
        return policy.call(credential.clientId(), "the token request", () -> Objects.requireNonNull(
                http.post().uri(baseUrl.get() + "/identity/oauth/token")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.APPLICATION_JSON)
                        .body(form).retrieve().body(SrTokenResponse.class), "empty token answer"));
    }

    private <T> T withToken(ClientCredential credential, String what, Function<String, T> request) {
        return policy.call(credential.clientId(), what, () -> tokens.token(credential).value(), request,
                () -> tokens.invalidate(credential));
    }

    private ClientCredential master() {
        ClientCredential master = properties.partnerCredential();
        if (master == null) {
            throw new SmartRecruitersException(0, "No partner credential configured "
                    + "(skillgate.smartrecruiters.partner-client-id and -secret)", List.of());
        }
        return master;
    }

    @Override
    public AccessToken masterToken() {
        return tokens.token(master());
    }

    @Override
    public PartnerConfiguration configurePartner(PartnerConfiguration configuration) {
        return withToken(master(), "the partner configuration", token -> http.put()
                .uri(baseUrl.get() + API + "/partner/configuration")
                .headers(h -> bearer(h, token)).contentType(MediaType.APPLICATION_JSON)
                .body(configuration).retrieve().body(PartnerConfiguration.class));
    }

    @Override
    public Optional<PartnerConfiguration> getPartnerConfiguration() {
        try {
            return Optional.ofNullable(withToken(master(), "reading the partner configuration", token -> http.get()
                    .uri(baseUrl.get() + API + "/partner/configuration")
                    .headers(h -> bearer(h, token)).retrieve().body(PartnerConfiguration.class)));
        } catch (SmartRecruitersException e) {
            if (e.status() == HttpStatus.NOT_FOUND.value()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public ClientCredential integrateCompany(String srCompanyId, String clientId, String clientSecret) {
        SrCredentials answer = withToken(master(), "the integration of company " + srCompanyId, token -> http.post()
                .uri(baseUrl.get() + API + "/integration/company/{companyId}", srCompanyId)
                .headers(h -> bearer(h, token)).contentType(MediaType.APPLICATION_JSON)
                .body(new SrCredentials(clientId, clientSecret)).retrieve().body(SrCredentials.class));
        if (answer == null || answer.clientId() == null || answer.clientSecret() == null) {
            throw new SmartRecruitersException(200, "SmartRecruiters' integration answer has no credential", List.of());
        }
        return new ClientCredential(answer.clientId(), answer.clientSecret());
    }

    @Override
    public void patchResult(ClientCredential customer, String orderId, AssessmentResult result) {
        withToken(customer, "the result of order " + orderId, token -> http.patch()
                .uri(baseUrl.get() + API + "/orders/{orderId}/results", orderId)
                .headers(h -> bearer(h, token)).contentType(MediaType.APPLICATION_JSON)
                .body(result).retrieve().toBodilessEntity());
    }

    @Override
    public String uploadAttachment(ClientCredential customer, String orderId, String fileName, String contentType,
                                   byte[] content) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("attachment", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }).contentType(MediaType.parseMediaType(contentType));
        SrAttachmentResponse answer = withToken(customer, "an attachment of order " + orderId, token -> http.post()
                .uri(baseUrl.get() + API + "/orders/{orderId}/results/attachment", orderId)
                .headers(h -> bearer(h, token)).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts.build()).retrieve().body(SrAttachmentResponse.class));
        if (answer == null || answer.url() == null) {
            throw new SmartRecruitersException(201, "SmartRecruiters' attachment answer has no url", List.of());
        }
        return answer.url();
    }

    @Override
    public CandidateDetails getCandidate(ClientCredential customer, String candidateId) {
        SrCandidate c = read(customer, "candidate " + candidateId, "/candidates/{id}", SrCandidate.class, candidateId);
        return new CandidateDetails(c.id() == null ? candidateId : c.id(), c.firstName(), c.lastName(), c.email());
    }

    @Override
    public JobDetails getJob(ClientCredential customer, String jobId) {
        SrJob j = read(customer, "job " + jobId, "/jobs/{jobId}", SrJob.class, jobId);
        return new JobDetails(j.id() == null ? jobId : j.id(), j.title(), j.refNumber(), j.status(),
                j.department() == null ? null : j.department().label(),
                j.location() == null ? null : j.location().city(),
                j.location() == null ? null : j.location().countryCode());
    }

    @Override
    public List<HiringTeamMember> getHiringTeam(ClientCredential customer, String jobId) {
        SrHiringTeam team = read(customer, "the hiring team of job " + jobId, "/jobs/{jobId}/hiring-team",
                SrHiringTeam.class, jobId);
        return team.content() == null ? List.of() : team.content().stream()
                .filter(m -> m.id() != null)
                .map(m -> new HiringTeamMember(m.id(), m.role() == null ? "" : m.role()))
                .toList();
    }

    @Override
    public List<SmartRecruitersUser> listUsers(ClientCredential customer) {
        List<SmartRecruitersUser> users = new ArrayList<>();
        Set<String> pagesSeen = new HashSet<>();
        @Nullable String pageId = null;
        for (int page = 1; page <= MAX_USER_PAGES; page++) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(baseUrl.get() + USERS_API + "/users")
                    .queryParam("limit", USERS_PAGE);
            if (pageId != null) {
                uri.queryParam("pageId", "{pageId}");
            }
            String address = uri.encode().buildAndExpand(pageId == null ? Map.of() : Map.of("pageId", pageId))
                    .toUriString();
            SrUserList list = withToken(customer, "page " + page + " of the users", token -> http.get()
                    .uri(URI.create(address)).headers(h -> bearer(h, token)).accept(MediaType.APPLICATION_JSON)
                    .retrieve().body(SrUserList.class));
            if (list == null) {
                throw new SmartRecruitersException(200, "SmartRecruiters sent no body for page " + page
                        + " of the users", List.of());
            }
            List<SrUserList.Item> content = list.content() == null ? List.of() : list.content();
            content.stream().filter(u -> u.id() != null).map(RestSmartRecruitersClient::user).forEach(users::add);
            pageId = list.nextPageId() == null || list.nextPageId().isBlank() ? null : list.nextPageId();
            if (pageId == null || content.isEmpty()) {
                return users;
            }
            if (!pagesSeen.add(pageId)) {
                throw new SmartRecruitersException(200, "SmartRecruiters sent the users page " + pageId
                        + " twice", List.of());
            }
        }
        throw new SmartRecruitersException(200, "SmartRecruiters sent more than " + MAX_USER_PAGES
                + " pages of users", List.of());
    }

    private static SmartRecruitersUser user(SrUserList.Item u) {
        return new SmartRecruitersUser(Objects.requireNonNull(u.id()), u.email(), u.firstName(), u.lastName(),
                u.systemRole() == null ? null : u.systemRole().id(), u.ssoIdentifier(),
                Boolean.TRUE.equals(u.active()));
    }

    private <T> T read(ClientCredential customer, String what, String path, Class<T> type, String id) {
        T body = withToken(customer, what, token -> http.get().uri(baseUrl.get() + path, id)
                .headers(h -> bearer(h, token)).accept(MediaType.APPLICATION_JSON).retrieve().body(type));
        if (body == null) {
            throw new SmartRecruitersException(200, "SmartRecruiters sent no body for " + what, List.of());
        }
        return body;
    }

    private static void bearer(HttpHeaders headers, String token) {
        headers.setBearerAuth(token);
    }

    /** For tests: the policy's view of an error answer. */
    SmartRecruitersException refusal(RestClientResponseException e, String what) {
        return policy.refusal(e, what);
    }
}
