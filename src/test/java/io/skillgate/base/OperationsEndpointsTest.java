package io.skillgate.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Actuator as operators use it, and one log line per request that never carries the query string. */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class OperationsEndpointsTest {

    @Autowired
    private TestRestTemplate http;

    @Test
    void logsTheRequestWithoutItsQueryString(CapturedOutput output) {
        var response = http.getForEntity("/actuator/health?access_token=s3cr3t-t0ken", String.class);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("\"status\":\"UP\"");
        assertThat(output.getOut()).contains("GET /actuator/health -> 200").doesNotContain("s3cr3t-t0ken");
    }

    @Test
    void metricsAreExposedForPrometheus() {
        var response = http.getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).contains("jvm_memory_used_bytes");
    }

    @Test
    void otherActuatorEndpointsAreClosed() {
        var response = http.getForEntity("/actuator/env", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(response.getBody()).isNull();
    }
}
