package io.skillgate.sso;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

import io.skillgate.audit.AuditService;
import io.skillgate.support.PackagedApp;
import io.skillgate.support.TestDatabaseInitializer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10: a SAML response consumed on one node is refused on another. Node 1 is this test's server, node 2 the
 * packaged app on the same schema; both stand behind one public URL (as behind a load balancer), so the response's
 * audience and destination suit both. Only the assertion ids consumed in MariaDB tell node 2 it was used.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {TestDatabaseInitializer.OWN_DATABASE + "=true", "skillgate.public-url=" + SsoTwoNodesIT.PUBLIC_URL})
class SsoTwoNodesIT {

    static final String PUBLIC_URL = "http://portal.skillgate.test";

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private Environment environment;

    @Autowired
    private AuditService audit;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> post(String url, String xml) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("SAMLResponse="
                        + URLEncoder.encode(SamlTestIdp.base64(xml), StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("");
    }

    @Test
    void aResponseConsumedOnNodeOneIsRefusedOnNodeTwo() throws Exception {
        SamlTestIdp idp = new SamlTestIdp();
        SsoFixture fixture = new SsoFixture(context, idp);
        fixture.enable(); // IdP-initiated sign-in allowed: the response answers no stored request
        String consumed = idp.xml(fixture.spec(fixture.recruiterEmail));
        Map<String, String> settings = Map.of(
                "SPRING_DATASOURCE_URL", environment.getRequiredProperty("spring.datasource.url"),
                "SPRING_DATASOURCE_USERNAME", environment.getRequiredProperty("spring.datasource.username"),
                "SPRING_DATASOURCE_PASSWORD", environment.getProperty("spring.datasource.password", ""),
                "SKILLGATE_PUBLICURL", PUBLIC_URL,
                "SKILLGATE_CONNECTION_ENCRYPTIONKEY", environment.getRequiredProperty(
                        "skillgate.connection.encryption-key"),
                "SKILLGATE_SMARTRECRUITERS_CONFIGUREONSTARTUP", "false",
                "SKILLGATE_NODEROUTE", "n2");
        try (PackagedApp node2 = PackagedApp.start("dev", settings)) {
            HttpResponse<String> onNode1 = post("http://localhost:" + port + fixture.acsPath(), consumed);
            assertThat(onNode1.statusCode()).isEqualTo(302);
            assertThat(location(onNode1)).as("signed in on node 1").doesNotContain("sso-error");

            HttpResponse<String> replayedOnNode2 = post(node2.url(fixture.acsPath()), consumed);
            assertThat(replayedOnNode2.statusCode()).isEqualTo(302);
            assertThat(location(replayedOnNode2)).contains("/login?sso-error=");
            assertThat(audit.recent(fixture.company.id(), 10)).anyMatch(e -> e.action().equals("sso.refused")
                    && e.detail().contains("(replay)"));

            HttpResponse<String> freshOnNode2 = post(node2.url(fixture.acsPath()),
                    idp.xml(fixture.spec(fixture.recruiterEmail)));
            assertThat(location(freshOnNode2)).as("node 2 signs in with a response not used before")
                    .doesNotContain("sso-error");
        }
    }
}
