package io.skillgate.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * SR's Users API list ({@code GET /user-api/v201804/users}) for the company of the customer token: made up, but
 * always the same for the same SR company (seeded by its id). Every company has {@link #MIN_USERS} to
 * {@link #MAX_USERS} users, so a list takes several pages of at most {@link #MAX_LIMIT}. Among them: administrators
 * and every other SR system role, users with an SSO identifier (mixed case, kept exactly), one inactive user
 * ({@link #INACTIVE}) and one e-mail address in odd case ({@link #ODD_CASE}). Cursor paging as SR does it:
 * {@code limit} (1–100, default 10) and an opaque {@code pageId} taken from the previous page's {@code nextPageId}.
 */
@RestController
@Profile("!prod")
class SandboxUserController extends SandboxEndpoint {

    static final int MIN_USERS = 120;
    static final int MAX_USERS = 250;
    static final int MAX_LIMIT = 100;
    static final int DEFAULT_LIMIT = 10;
    /** Positions (0-based) of the inactive user and of the user whose e-mail is in odd case. */
    static final int INACTIVE = 4;
    static final int ODD_CASE = 7;

    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken",
            "Radia", "Tim"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen",
            "Thompson", "Perlman", "Berners-Lee"};
    private static final String[] ROLES = {"STANDARD", "EXTENDED", "RESTRICTED", "EMPLOYEE", "STANDARD"};
    private static final Instant UPDATED_ON = Instant.parse("2026-01-05T09:30:00Z");

    SandboxUserController(SandboxState state, ObjectMapper json) {
        super(state, json);
    }

    @GetMapping(SandboxSecurityConfiguration.BASE + "/user-api/v201804/users")
    Map<String, Object> users(@RequestParam(required = false) @Nullable String limit,
                              @RequestParam(required = false) @Nullable String pageId,
                              @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth) {
        SandboxState.Token token = authenticate(auth, false);
        int size = limit(limit);
        List<Map<String, Object>> all = users(token.companyId() == null ? "" : token.companyId());
        int from = offset(pageId, all.size());
        int to = Math.min(all.size(), from + size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("limit", size);
        if (to < all.size()) {
            body.put("nextPageId", Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(("users:" + to).getBytes(StandardCharsets.UTF_8)));
        }
        body.put("content", all.subList(from, to));
        return body;
    }

    private static int limit(@Nullable String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new SandboxError(400, "Bad Request", "INVALID_PARAMETER",
                "limit must be an integer from 1 to " + MAX_LIMIT);
    }

    private static int offset(@Nullable String pageId, int total) {
        if (pageId == null || pageId.isEmpty()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(pageId), StandardCharsets.UTF_8);
            if (decoded.startsWith("users:")) {
                int offset = Integer.parseInt(decoded.substring(6));
                if (offset > 0 && offset < total) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) { // also NumberFormatException
            // refused below
        }
        throw new SandboxError(400, "Bad Request", "INVALID_PARAMETER", "pageId is not a page of this list");
    }

    /** The company's users, the same on every call. */
    static List<Map<String, Object>> users(String companyId) {
        Random random = new Random(companyId.hashCode());
        int count = MIN_USERS + random.nextInt(MAX_USERS - MIN_USERS + 1);
        String domain = "sr-" + Integer.toHexString(companyId.hashCode()) + ".sandbox.test";
        List<Map<String, Object>> users = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            String local = (first + "." + last + "." + (i + 1)).toLowerCase(Locale.ROOT);
            String role = i % 10 == 0 ? "ADMINISTRATOR" : ROLES[i % ROLES.length];
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("id", "sbx-user-" + Integer.toHexString(companyId.hashCode()) + "-" + (i + 1));
            user.put("email", i == ODD_CASE ? (first + "." + last + "." + (i + 1)).toUpperCase(Locale.ROOT) + "@"
                    + domain.toUpperCase(Locale.ROOT) : local + "@" + domain);
            user.put("firstName", first);
            user.put("lastName", last);
            user.put("systemRole", Map.of("id", role, "name", role.charAt(0) + role.substring(1)
                    .toLowerCase(Locale.ROOT)));
            user.put("externalData", null);
            // every third user signs in by SSO; the identifier is case-sensitive and kept exactly
            user.put("ssoIdentifier", i % 3 == 0 ? first + "." + last + "-" + (i + 1) + "@IdP.Example" : null);
            user.put("ssoLoginMode", i % 3 == 0 ? "SSO" : "PASSWORD");
            user.put("language", Map.of("code", "en"));
            user.put("active", i != INACTIVE);
            user.put("updatedOn", UPDATED_ON.plusSeconds(i * 3600L).toString());
            user.put("accessGroups", List.of());
            users.add(user);
        }
        return users;
    }
}
