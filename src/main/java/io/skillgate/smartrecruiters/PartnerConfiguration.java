package io.skillgate.smartrecruiters;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

/** SR's partner configuration, field for field (PUT/GET {@code /assessment-api/v202010/partner/configuration}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PartnerConfiguration(String consentUrl, ConsentDisplayMode consentDisplayMode,
                                   String assessmentPackageListUrl, String singleAssessmentPackageUrl,
                                   String oauthTokenUrl, @Nullable String packageOrderUrl,
                                   @Nullable String inlineAssessmentPackageOrderUrl,
                                   @Nullable String integrationDisableUrl, List<String> supportedAssessmentTypes,
                                   @Nullable List<Field> fields) {

    /** A custom field SR asks the recruiter for and passes to the package list. */
    public record Field(String id, String name, String description) {
    }
}
