package io.skillgate.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The machine APIs' OpenAPI documents (springdoc) in the real servlet container: public, one per API, each listing
 * only its own API's operations behind its bearer scheme. Same context configuration as the other server tests.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocumentsTest {

    @LocalServerPort
    private int port;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> send(String method, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theUsersApiDocumentListsItsOperationsBehindTheApiKeyScheme() throws Exception {
        HttpResponse<String> answer = send("GET", "/api/docs/users-v201804");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode document = json.readTree(answer.body());
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("info").path("title").asText()).isEqualTo("Skillgate Users API");
        assertThat(document.path("paths").fieldNames()).toIterable()
                .contains("/api/users/v201804/users", "/api/users/v201804/users/{id}",
                        "/api/users/v201804/users/{id}/activation", "/api/users/v201804/system-roles",
                        "/api/users/v201804/access-groups")
                .allMatch(path -> path.startsWith("/api/users/v201804/"));
        assertThat(document.path("paths").path("/api/users/v201804/users").has("post")).isTrue();
        assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asText())
                .isEqualTo("bearer");
        assertThat(document.path("security").get(0).has("bearer")).isTrue();
        JsonNode schemas = document.path("components").path("schemas");
        for (String record : new String[] {"UserRequest", "UserResponse"}) {
            assertThat(schemas.path(record).path("properties").fieldNames()).toIterable().as(record)
                    .contains("externalData", "ssoIdentifier", "ssoLoginMode", "language", "location");
        }
        assertThat(schemas.path("Location").path("properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("countryCode", "city", "regionCode", "address", "postalCode");
        assertThat(schemas.path("Language").path("properties").fieldNames()).toIterable().containsExactly("code");
    }

    @Test
    void thePartnerApiDocumentListsWhatSmartRecruitersCalls() throws Exception {
        HttpResponse<String> answer = send("GET", "/api/docs/partner-v1");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode document = json.readTree(answer.body());
        assertThat(document.path("paths").fieldNames()).toIterable()
                .contains("/api/sr/v1/packages", "/api/sr/v1/packages/orders", "/api/sr/v1/oauth/token")
                .allMatch(path -> path.startsWith("/api/sr/v1/"));
    }

    @Test
    void theDocumentsArePublicButReadOnly() throws Exception {
        assertThat(send("GET", "/api/docs/users-v201804").statusCode()).as("no sign-in, no key").isEqualTo(200);
        assertThat(send("POST", "/api/docs/users-v201804").statusCode()).isEqualTo(405);
        assertThat(send("GET", "/api/users/v201804/users").statusCode()).as("the API itself stays closed")
                .isEqualTo(401);
    }
}
