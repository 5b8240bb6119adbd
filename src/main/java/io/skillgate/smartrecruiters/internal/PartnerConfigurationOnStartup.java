package io.skillgate.smartrecruiters.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.skillgate.smartrecruiters.PartnerConfigurationService;
import io.skillgate.smartrecruiters.SmartRecruitersProperties;

/**
 * Sends our partner configuration once the app is ready, when a partner credential is set. A failure is
 * recorded and logged, never thrown. A loopback base URL (the built-in sandbox) needs our own web server: in a
 * context without one (tests with a mock web environment) the attempt is recorded as skipped.
 */
@Component
class PartnerConfigurationOnStartup {

    private static final Logger log = LoggerFactory.getLogger(PartnerConfigurationOnStartup.class);

    private final PartnerConfigurationService service;
    private final SmartRecruitersProperties properties;

    PartnerConfigurationOnStartup(PartnerConfigurationService service, SmartRecruitersProperties properties) {
        this.service = service;
        this.properties = properties;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (!properties.configureOnStartup() || properties.partnerCredential() == null) {
            return;
        }
        try {
            boolean serverRunning = event.getApplicationContext() instanceof WebServerApplicationContext web
                    && web.getWebServer() != null && web.getWebServer().getPort() > 0;
            if (!serverRunning && isLoopback(properties.baseUrl().getHost())) {
                service.recordSkipped("Skipped: the SmartRecruiters base URL is this host, but no web server runs");
                return;
            }
            service.configureNow();
        } catch (RuntimeException e) {
            log.warn("Could not send or record the partner configuration at start-up", e);
        }
    }

    private static boolean isLoopback(@Nullable String host) {
        if (host == null || host.equalsIgnoreCase("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
