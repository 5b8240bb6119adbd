package io.skillgate.usersapi;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.support.ApiKeyFixture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Users API in the real servlet container (what MockMvc cannot show): the body size filter is registered next
 * to the partner API's, and unknown paths, wrong methods and bad JSON are answered in JSON, not by the UI.
 * Same context configuration as {@code OperationsEndpointsTest}, so the server is shared.
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UsersApiServerTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String key;

    @BeforeEach
    void aKey() {
        ApiKeyFixture fixture = new ApiKeyFixture(context);
        key = fixture.key(fixture.tenant("Server Co"), ApiKeyScope.USERS_MANAGE).token();
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + UsersApiTest.BASE
                        + path)).timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + key)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void oversizedBodiesUnknownPathsAndWrongMethodsGetJsonErrors() throws Exception {
        HttpResponse<String> tooLarge = send("POST", "/users", "application/json",
                "{\"email\":\"" + "x".repeat(BodySizeLimit.MAX_BYTES) + "\"}");
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("\"PAYLOAD_TOO_LARGE\"");

        // both modules' size filters are registered side by side
        HttpResponse<String> partnerTooLarge = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/sr/v1/packages/orders")).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("\"" + "x".repeat(100 * 1024) + "\"")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(partnerTooLarge.statusCode()).isEqualTo(413);

        HttpResponse<String> unknown = send("GET", "/no-such-endpoint", null, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));

        HttpResponse<String> wrongMethod = send("PUT", "/users", "application/json", "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.body()).contains("\"METHOD_NOT_ALLOWED\"");

        HttpResponse<String> badJson = send("POST", "/users", "application/json", "{\"email\":");
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertThat(badJson.body()).contains("\"MALFORMED_BODY\"");

        HttpResponse<String> listed = send("GET", "/users?limit=5", null, null);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"limit\":5");
    }
}
