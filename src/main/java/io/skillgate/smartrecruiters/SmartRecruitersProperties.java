package io.skillgate.smartrecruiters;

import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

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
 * @param fields                   custom fields announced in the partner configuration (at most 5): SR asks the
 *                                 recruiter for them and passes their values, by id, to the package list
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
        @DefaultValue("4") int maxAttempts,
        @DefaultValue List<PartnerConfiguration.Field> fields) {

    /** The package list's own query parameters (CONTRACT.md §2): no custom field may take one of these ids. */
    public static final Set<String> PACKAGE_LIST_PARAMETERS = Set.of("country-code", "region-abbr", "city", "address",
            "postal-code", "remote");

    private static final Pattern FIELD_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$");

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
        fields = fields == null ? List.of() : List.copyOf(fields);
        checkFields(fields);
    }

    private static void checkFields(List<PartnerConfiguration.Field> fields) {
        String prefix = "skillgate.smartrecruiters.fields";
        if (fields.size() > 5) {
            throw new IllegalArgumentException(prefix + ": SR takes at most 5 custom fields");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < fields.size(); i++) {
            PartnerConfiguration.Field field = fields.get(i);
            String at = prefix + "[" + i + "]";
            if (field.id() == null || !FIELD_ID.matcher(field.id()).matches()) {
                throw new IllegalArgumentException(at + ".id must be 1 to 64 letters, digits, '_', '.' or '-'");
            }
            if (PACKAGE_LIST_PARAMETERS.contains(field.id().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(at + ".id may not be one of the package list's own parameters "
                        + PACKAGE_LIST_PARAMETERS);
            }
            if (!ids.add(field.id())) {
                throw new IllegalArgumentException(at + ".id " + field.id() + " is given twice");
            }
            if (!StringUtils.hasText(field.name()) || field.name().length() > 100) {
                throw new IllegalArgumentException(at + ".name is required (at most 100 characters)");
            }
            if (!StringUtils.hasText(field.description()) || field.description().length() > 500) {
                throw new IllegalArgumentException(at + ".description is required (at most 500 characters)");
            }
        }
    }

    /** The ids of the custom fields we announce, as SR names them in the package list's query. */
    public List<String> fieldIds() {
        return fields.stream().map(PartnerConfiguration.Field::id).toList();
    }

    /** Our partner (master) credential, when both halves are set. */
    public @Nullable ClientCredential partnerCredential() {
        return StringUtils.hasText(partnerClientId) && StringUtils.hasText(partnerClientSecret)
                ? new ClientCredential(partnerClientId, partnerClientSecret) : null;
    }

    @Override
    public String toString() {
        return "SmartRecruitersProperties[baseUrl=" + baseUrl + ", partnerClientId=" + partnerClientId
                + ", partnerClientSecret=****, consentDisplayMode=" + consentDisplayMode + ", fields=" + fields + "]";
    }
}
