package io.skillgate.sandbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** SR's checks of a partner configuration; each broken rule is one error. */
final class ConfigurationValidation {

    static final Set<String> TYPES = Set.of("VIDEO_INTERVIEW", "BEHAVIORAL_ASSESSMENT", "BACKGROUND_CHECK",
            "REFERENCE_CHECK", "SKILL_TEST", "INLINE_ASSESSMENT");
    private static final List<String> REQUIRED_URLS = List.of("consentUrl", "assessmentPackageListUrl",
            "singleAssessmentPackageUrl", "oauthTokenUrl");
    private static final List<String> OPTIONAL_URLS = List.of("packageOrderUrl", "inlineAssessmentPackageOrderUrl",
            "integrationDisableUrl");

    private ConfigurationValidation() {
    }

    static List<SandboxError.Detail> errors(JsonNode config) {
        List<SandboxError.Detail> errors = new ArrayList<>();
        REQUIRED_URLS.forEach(name -> {
            if (!config.path(name).isTextual() || config.path(name).asText().isBlank()) {
                errors.add(new SandboxError.Detail("REQUIRED", name + " is required"));
            }
        });
        OPTIONAL_URLS.forEach(name -> {
            if (config.has(name) && !config.get(name).isNull() && !config.get(name).isTextual()) {
                errors.add(new SandboxError.Detail("INVALID_TYPE", name + " must be a string"));
            }
        });
        JsonNode mode = config.path("consentDisplayMode");
        if (!mode.isTextual() || !Set.of("REDIRECT", "POPUP").contains(mode.asText())) {
            errors.add(new SandboxError.Detail(mode.isMissingNode() ? "REQUIRED" : "INVALID_VALUE",
                    "consentDisplayMode must be REDIRECT or POPUP"));
        }
        JsonNode types = config.path("supportedAssessmentTypes");
        if (!types.isArray() || types.isEmpty() || types.size() > TYPES.size()) {
            errors.add(new SandboxError.Detail(types.isMissingNode() ? "REQUIRED" : "INVALID_VALUE",
                    "supportedAssessmentTypes must hold 1 to 6 assessment types"));
        } else {
            Set<String> seen = new HashSet<>();
            types.forEach(type -> {
                if (!type.isTextual() || !TYPES.contains(type.asText()) || !seen.add(type.asText())) {
                    errors.add(new SandboxError.Detail("INVALID_VALUE",
                            "supportedAssessmentTypes: " + type + " is not a valid, distinct assessment type"));
                }
            });
        }
        JsonNode fields = config.path("fields");
        if (!fields.isMissingNode() && !fields.isNull()) {
            if (!fields.isArray() || fields.size() > 5) {
                errors.add(new SandboxError.Detail("INVALID_VALUE", "fields must be a list of at most 5"));
            } else {
                for (int i = 0; i < fields.size(); i++) {
                    for (String part : List.of("id", "name", "description")) {
                        JsonNode value = fields.get(i).path(part);
                        if (!value.isTextual() || value.asText().isBlank()) {
                            errors.add(new SandboxError.Detail("REQUIRED", "fields[" + i + "]." + part
                                    + " is required"));
                        }
                    }
                }
            }
        }
        return errors;
    }
}
