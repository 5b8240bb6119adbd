package io.skillgate.smartrecruiters.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.support.GenericApplicationContext;

import io.skillgate.smartrecruiters.ConsentDisplayMode;
import io.skillgate.smartrecruiters.PartnerConfigurationService;
import io.skillgate.smartrecruiters.SmartRecruitersProperties;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** When the configuration is sent at start-up, and that nothing there can stop the app from starting. */
class PartnerConfigurationOnStartupTest {

    private final PartnerConfigurationService service = mock(PartnerConfigurationService.class);

    private static SmartRecruitersProperties properties(String baseUrl, String clientId, boolean onStartup) {
        return new SmartRecruitersProperties(URI.create(baseUrl), clientId, "secret", ConsentDisplayMode.REDIRECT,
                List.of("SKILL_TEST"), Duration.ofSeconds(5), Duration.ofSeconds(15), onStartup, 10, 8, 4, List.of());
    }

    private static ApplicationReadyEvent readyWithoutWebServer() {
        return new ApplicationReadyEvent(new SpringApplication(), new String[0], new GenericApplicationContext(),
                Duration.ZERO);
    }

    @Test
    void aLoopbackBaseUrlWithoutAWebServerIsRecordedAsSkipped() {
        new PartnerConfigurationOnStartup(service, properties("http://localhost:8080/sandbox/sr", "p", true))
                .onReady(readyWithoutWebServer());

        verify(service).recordSkipped(anyString());
        verify(service, never()).configureNow();
    }

    @Test
    void aRemoteBaseUrlIsConfiguredAndAFailureDoesNotEscape() {
        when(service.configureNow()).thenThrow(new IllegalStateException("database down"));
        PartnerConfigurationOnStartup startup =
                new PartnerConfigurationOnStartup(service, properties("https://203.0.113.7", "p", true));

        assertThatCode(() -> startup.onReady(readyWithoutWebServer())).doesNotThrowAnyException();
        verify(service).configureNow();
    }

    @Test
    void nothingHappensWithoutAPartnerCredentialOrWhenSwitchedOff() {
        new PartnerConfigurationOnStartup(service, properties("https://203.0.113.7", "", true))
                .onReady(readyWithoutWebServer());
        new PartnerConfigurationOnStartup(service, properties("https://203.0.113.7", "p", false))
                .onReady(readyWithoutWebServer());

        verifyNoInteractions(service);
    }
}
