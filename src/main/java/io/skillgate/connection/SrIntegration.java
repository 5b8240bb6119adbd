package io.skillgate.connection;

/**
 * The one call of the consent flow that goes to SmartRecruiters: hand over the credential we generated and get
 * SR's in return ({@code POST /integration/company/{companyId}} with the master token). Implemented by the
 * {@code smartrecruiters} module, which depends on this one.
 */
public interface SrIntegration {

    /** SR's credential for the company; {@link IntegrationFailed} when SR refuses or cannot be reached. */
    SrCredential integrate(String srCompanyId, String clientId, String clientSecret);

    /** Whether SR shows our consent page in a pop-up (POPUP) rather than redirecting to it (REDIRECT). */
    boolean popupMode();

    /** Why SR did not integrate the company. */
    class IntegrationFailed extends RuntimeException {

        public enum Kind {
            /** 409: SR already holds an integration of this company. */
            ALREADY_INTEGRATED,
            /** 403: the customer has not consented on SR's side (or our partner credential lacks the scope). */
            NO_CONSENT,
            /** 404: SR holds no partner configuration of ours. */
            NOT_CONFIGURED,
            /** No answer in time, or no connection. */
            UNREACHABLE,
            /** Anything else SR refused. */
            REFUSED
        }

        private final Kind kind;

        public IntegrationFailed(Kind kind, String message) {
            super(message);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }
}
