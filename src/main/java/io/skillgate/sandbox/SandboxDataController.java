package io.skillgate.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Candidates, jobs and hiring teams: made up, but always the same for the same id (seeded by it). */
@RestController
@Profile("!prod")
class SandboxDataController extends SandboxEndpoint {

    private static final String[] FIRST = {"Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances", "Ken"};
    private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Allen"};
    private static final String[] TITLES = {"Java Developer", "Data Analyst", "Sales Manager", "Nurse", "Designer"};
    private static final String[] CITIES = {"Berlin", "Krakow", "London", "Lisbon", "Boston"};
    private static final String[] COUNTRIES = {"de", "pl", "gb", "pt", "us"};
    private static final String[] ROLES = {"HIRING_MANAGER", "RECRUITER", "INTERVIEW_TEAM", "COORDINATOR",
            "EXECUTIVE"};

    private final SandboxReadLog reads;

    SandboxDataController(SandboxState state, ObjectMapper json, SandboxReadLog reads) {
        super(state, json);
        this.reads = reads;
    }

    @GetMapping(SandboxSecurityConfiguration.BASE + "/candidates/{id}")
    Map<String, Object> candidate(@PathVariable String id,
                                  @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth) {
        authenticate(auth, false);
        reads.read("/candidates/" + id);
        Random random = new Random(id.hashCode());
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = LAST[random.nextInt(LAST.length)];
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("firstName", first);
        body.put("lastName", last);
        body.put("email", (first + "." + last + "@candidates.sandbox.test").toLowerCase(java.util.Locale.ROOT));
        return body;
    }

    @GetMapping(SandboxSecurityConfiguration.BASE + "/jobs/{jobId}")
    Map<String, Object> job(@PathVariable String jobId,
                            @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth) {
        authenticate(auth, false);
        reads.read("/jobs/" + jobId);
        Random random = new Random(jobId.hashCode());
        int place = random.nextInt(CITIES.length);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", jobId);
        body.put("title", TITLES[random.nextInt(TITLES.length)]);
        body.put("refNumber", "REF" + (1000 + random.nextInt(9000)));
        body.put("status", "SOURCING");
        body.put("department", Map.of("id", "d" + random.nextInt(100), "label", "Department " + random.nextInt(10)));
        body.put("location", Map.of("countryCode", COUNTRIES[place], "city", CITIES[place], "remote", false));
        return body;
    }

    @GetMapping(SandboxSecurityConfiguration.BASE + "/jobs/{jobId}/hiring-team")
    Map<String, Object> hiringTeam(@PathVariable String jobId,
                                   @RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) @Nullable String auth) {
        authenticate(auth, false);
        reads.read("/jobs/" + jobId + "/hiring-team");
        Random random = new Random(jobId.hashCode() * 31L);
        int size = 1 + random.nextInt(4);
        List<Map<String, String>> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(Map.of("id", "user-" + Integer.toHexString(random.nextInt()), "role", ROLES[i % ROLES.length]));
        }
        return Map.of("totalFound", size, "content", members);
    }
}
