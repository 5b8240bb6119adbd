package io.skillgate.smartrecruiters.internal;

import org.springframework.stereotype.Component;

import io.skillgate.connection.SrCredential;
import io.skillgate.connection.SrIntegration;
import io.skillgate.smartrecruiters.ClientCredential;
import io.skillgate.smartrecruiters.ConsentDisplayMode;
import io.skillgate.smartrecruiters.SmartRecruitersClient;
import io.skillgate.smartrecruiters.SmartRecruitersException;
import io.skillgate.smartrecruiters.SmartRecruitersProperties;

/** The consent flow's call to SR, through the client (master token, rate limits, retries, timeouts). */
@Component
class SrIntegrationAdapter implements SrIntegration {

    private final SmartRecruitersClient client;
    private final SmartRecruitersProperties properties;

    SrIntegrationAdapter(SmartRecruitersClient client, SmartRecruitersProperties properties) {
        this.client = client;
        this.properties = properties;
    }

    @Override
    public SrCredential integrate(String srCompanyId, String clientId, String clientSecret) {
        if (properties.partnerCredential() == null) {
            throw new IntegrationFailed(IntegrationFailed.Kind.NOT_CONFIGURED,
                    "skillgate.smartrecruiters.partner-client-id/-secret are not set");
        }
        try {
            ClientCredential answer = client.integrateCompany(srCompanyId, clientId, clientSecret);
            return new SrCredential(answer.clientId(), answer.clientSecret());
        } catch (SmartRecruitersException e) {
            throw new IntegrationFailed(kind(e.status()), e.describe());
        }
    }

    @Override
    public boolean popupMode() {
        return properties.consentDisplayMode() == ConsentDisplayMode.POPUP;
    }

    static IntegrationFailed.Kind kind(int status) {
        return switch (status) {
            case 409 -> IntegrationFailed.Kind.ALREADY_INTEGRATED;
            case 403 -> IntegrationFailed.Kind.NO_CONSENT;
            case 404 -> IntegrationFailed.Kind.NOT_CONFIGURED;
            case 0, 408, 502, 503, 504 -> IntegrationFailed.Kind.UNREACHABLE;
            default -> IntegrationFailed.Kind.REFUSED;
        };
    }
}
