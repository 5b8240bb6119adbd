package io.skillgate.smartrecruiters;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * How we reach SmartRecruiters.
 *
 * @param baseUrl                  SR's API base; a URL on port 0 means "this very server" (the sandbox in tests)
 * @param partnerClientId          our partner (master) credential at SR; nothing is configured at SR without it
 * @param partnerClientSecret      its secret
 * @param consentDisplayMode       announced in the partner configuration
 * @param supportedAssessmentTypes announced in the partner configuration (1 to 6 of SR's types)
 * @param connectTimeout           TCP connect timeout of every call
 * @param readTimeout              answer timeout of every call
 * @param configureOnStartup       whether to PUT our partner configuration when the app is ready
 * @param requestsPerSecond        per credential, across all nodes (SR allows 10)
 * @param maxConcurrentRequests    per credential and node (SR allows 8 in all)
 * @param maxAttempts              attempts per call when SR answers 429 or 5xx
 */
@ConfigurationProperties("skillgate.smartrecruiters")
public record SmartRecruitersProperties(
        @DefaultValue("https://api.smartrecruiters.com") URI baseUrl,
        @Nullable String partnerClientId,
        @Nullable String partnerClientSecret,
        @DefaultValue("REDIRECT") ConsentDisplayMode consentDisplayMode,
        @DefaultValue({"VIDEO_INTERVIEW", "BEHAVIORAL_ASSESSMENT", "BACKGROUND_CHECK", "REFERENCE_CHECK",
                "SKILL_TEST", "INLINE_ASSESSMENT"}) List<String> supportedAssessmentTypes,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout,
        @DefaultValue("true") boolean configureOnStartup,
        @DefaultValue("10") int requestsPerSecond,
        @DefaultValue("8") int maxConcurrentRequests,
        @DefaultValue("4") int maxAttempts) {

    public static final Set<String> ASSESSMENT_TYPES = Set.of("VIDEO_INTERVIEW", "BEHAVIORAL_ASSESSMENT",
            "BACKGROUND_CHECK", "REFERENCE_CHECK", "SKILL_TEST", "INLINE_ASSESSMENT");

    public SmartRecruitersProperties {
        supportedAssessmentTypes = List.copyOf(supportedAssessmentTypes);
        if (supportedAssessmentTypes.isEmpty() || supportedAssessmentTypes.size() > 6
                || !ASSESSMENT_TYPES.containsAll(supportedAssessmentTypes)) {
            throw new IllegalArgumentException("skillgate.smartrecruiters.supported-assessment-types must be 1 to 6 of "
                    + ASSESSMENT_TYPES);
        }
        if (requestsPerSecond < 1 || requestsPerSecond > 10) {
            throw new IllegalArgumentException("skillgate.smartrecruiters.requests-per-second must be 1 to 10");
        }
        if (maxConcurrentRequests < 1 || maxConcurrentRequests > 8) {
            throw new IllegalArgumentException("skillgate.smartrecruiters.max-concurrent-requests must be 1 to 8");
        }
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("skillgate.smartrecruiters.max-attempts must be 1 to 10");
        }
    }

    /** Our partner (master) credential, when both halves are set. */
    public @Nullable ClientCredential partnerCredential() {
        return StringUtils.hasText(partnerClientId) && StringUtils.hasText(partnerClientSecret)
                ? new ClientCredential(partnerClientId, partnerClientSecret) : null;
    }

    @Override
    public String toString() {
        return "SmartRecruitersProperties[baseUrl=" + baseUrl + ", partnerClientId=" + partnerClientId
                + ", partnerClientSecret=****, consentDisplayMode=" + consentDisplayMode + "]";
    }
}
