package io.skillgate.smartrecruiters;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.SkillgateProperties;
import io.skillgate.smartrecruiters.internal.ConfigurationAttemptStore;

/**
 * Our partner configuration at SR: the URLs SR calls, built on {@code skillgate.public-url}. Sent on start-up
 * (see {@code PartnerConfigurationOnStartup}) and on demand; every attempt is recorded and audited, and a
 * failure never propagates (SR being down must not stop the portal).
 */
@Service
public class PartnerConfigurationService {

    private static final Logger log = LoggerFactory.getLogger(PartnerConfigurationService.class);
    static final String AUDIT_ACTION = "smartrecruiters.configuration";

    private final SmartRecruitersClient client;
    private final SmartRecruitersProperties properties;
    private final SkillgateProperties skillgate;
    private final ConfigurationAttemptStore attempts;
    private final AuditService audit;
    private final Clock clock;

    PartnerConfigurationService(SmartRecruitersClient client, SmartRecruitersProperties properties,
                                SkillgateProperties skillgate, ConfigurationAttemptStore attempts,
                                AuditService audit, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.skillgate = skillgate;
        this.attempts = attempts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The configuration we announce. */
    public PartnerConfiguration desiredConfiguration() {
        return configurationFor(skillgate, properties);
    }

    /** The configuration we announce for a public URL: our endpoints under {@code /api/sr/v1}, the consent page. */
    public static PartnerConfiguration configurationFor(SkillgateProperties skillgate,
                                                        SmartRecruitersProperties properties) {
        return new PartnerConfiguration(skillgate.url("/connect/smartrecruiters"), properties.consentDisplayMode(),
                skillgate.url("/api/sr/v1/packages"), skillgate.url("/api/sr/v1/packages/{assessmentPackageId}"),
                skillgate.url("/api/sr/v1/oauth/token"), skillgate.url("/api/sr/v1/packages/orders"),
                skillgate.url("/api/sr/v1/packages/inline/orders"),
                skillgate.url("/api/sr/v1/integrations/companies"), properties.supportedAssessmentTypes(),
                properties.fields().isEmpty() ? null : properties.fields());
    }

    /** Sends the configuration now; records and audits the outcome; never throws for SR's failures. */
    public ConfigurationAttempt configureNow() {
        if (properties.partnerCredential() == null) {
            return record(false, "No partner credential configured (skillgate.smartrecruiters.partner-client-id "
                    + "and -secret)");
        }
        try {
            client.configurePartner(desiredConfiguration());
            return record(true, null);
        } catch (SmartRecruitersException e) {
            return record(false, e.describe());
        } catch (RuntimeException e) {
            log.warn("Sending the partner configuration to SmartRecruiters failed", e);
            return record(false, "Unexpected failure: " + e.getClass().getSimpleName());
        }
    }

    /** Records a failed attempt that was not even tried (e.g. nothing to call yet). */
    public ConfigurationAttempt recordSkipped(String reason) {
        return record(false, reason);
    }

    public Optional<ConfigurationAttempt> lastAttempt() {
        return attempts.last();
    }

    private ConfigurationAttempt record(boolean success, @Nullable String message) {
        Instant now = clock.instant();
        ConfigurationAttempt attempt = new ConfigurationAttempt(now, success, message);
        attempts.save(attempt);
        audit.record(AuditEntry.of(null, "system", AUDIT_ACTION, success
                ? "Partner configuration sent to SmartRecruiters at " + properties.baseUrl()
                : "Partner configuration not sent to SmartRecruiters at " + properties.baseUrl() + ": " + message));
        if (success) {
            log.info("Partner configuration sent to SmartRecruiters at {}", properties.baseUrl());
        } else {
            log.warn("Partner configuration not sent to SmartRecruiters: {}", message);
        }
        return attempt;
    }
}
