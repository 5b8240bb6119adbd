package io.skillgate.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** For tests outside this package: puts things into the sandbox's memory as SR's endpoints would. */
public final class SandboxFixture {

    private final SandboxState state;

    public SandboxFixture(SandboxState state) {
        this.state = state;
    }

    /** Stores a valid partner configuration as if we had PUT it, our URLs under {@code base}. */
    public ObjectNode configure(String base, String consentDisplayMode) {
        ObjectNode config = new ObjectMapper().createObjectNode();
        config.put("consentUrl", base + "/connect/smartrecruiters");
        config.put("consentDisplayMode", consentDisplayMode);
        config.put("assessmentPackageListUrl", base + "/api/sr/v1/packages");
        config.put("singleAssessmentPackageUrl", base + "/api/sr/v1/packages/{assessmentPackageId}");
        config.put("oauthTokenUrl", base + "/api/sr/v1/oauth/token");
        config.put("packageOrderUrl", base + "/api/sr/v1/packages/orders");
        config.put("inlineAssessmentPackageOrderUrl", base + "/api/sr/v1/packages/inline/orders");
        config.putArray("supportedAssessmentTypes").add("SKILL_TEST").add("INLINE_ASSESSMENT");
        state.configure(config);
        return config;
    }

    /** Integrates an SR company as if we had called the integration endpoint; returns SR's client id for us. */
    public String integrate(String srCompanyId, String ourClientId, String ourSecret) {
        SandboxState.Credential credential = state.integrate(srCompanyId, ourClientId, ourSecret);
        if (credential == null) {
            throw new IllegalStateException(srCompanyId + " is already integrated");
        }
        return credential.clientId();
    }

    /** Records a result call as if we had sent it. */
    public void recordResult(String clientId, String orderId, String body) {
        state.record(clientId, orderId, "results", body);
    }
}
