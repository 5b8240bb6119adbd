package io.skillgate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps docker/ honest in every build: the static part of {@code docker/check.sh} (compose.yaml, Dockerfile,
 * .dockerignore against the README's configuration table and the app's settings). The full check, which
 * builds and starts the production jar, is run by hand: {@code docker/check.sh}.
 */
class DockerFilesTest {

    @Test
    void dockerFilesAgreeWithTheApplication() throws IOException, InterruptedException {
        Process check = new ProcessBuilder("bash", "docker/check.sh", "--static-only").redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output).contains(" 0 failed").doesNotContain("FAIL ");
    }
}
