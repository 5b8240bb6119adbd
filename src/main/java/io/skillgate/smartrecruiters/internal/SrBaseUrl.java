package io.skillgate.smartrecruiters.internal;

import java.net.URI;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import io.skillgate.smartrecruiters.SmartRecruitersProperties;

/**
 * SR's base URL, read per call: a configured URL on port 0 (the built-in sandbox in a test on a random port)
 * means this very server, whose port is known only once it runs.
 */
@Component
class SrBaseUrl {

    private final SmartRecruitersProperties properties;
    private final Environment environment;

    SrBaseUrl(SmartRecruitersProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    String get() {
        URI base = properties.baseUrl();
        if (base.getPort() == 0) {
            String port = environment.getProperty("local.server.port");
            if (port != null) {
                base = UriComponentsBuilder.fromUri(base).port(port).build().toUri();
            }
        }
        String text = base.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
