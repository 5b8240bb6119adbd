package io.skillgate.sandbox.ui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI filter chain lets anyone load {@code /sandbox} (the route is registered at run time, with
 * {@code @AnonymousAllowed}), while the portal's own pages and unknown paths still send a visitor to sign in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SandboxPageAccessTest {

    @LocalServerPort
    private int port;

    private HttpResponse<String> get(String path) throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePlaySrPageLoadsWithoutSigningIn() throws Exception {
        HttpResponse<String> page = get("/sandbox?connected=sr-co-1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("window.Vaadin");
    }

    @Test
    void otherPagesStillNeedASignIn() throws Exception {
        for (String path : new String[] {"/users", "/sandbox-elsewhere", "/sandbox/nothing"}) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(path).hasValueSatisfying(location ->
                    assertThat(location).endsWith("/login"));
        }
    }
}
