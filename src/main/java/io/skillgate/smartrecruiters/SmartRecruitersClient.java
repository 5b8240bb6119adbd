package io.skillgate.smartrecruiters;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The calls we make on SmartRecruiters. Every call has timeouts, respects SR's per-credential rate limits and
 * retries 429 and 5xx answers with backoff; refusals are {@link SmartRecruitersException}s.
 */
public interface SmartRecruitersClient {

    /** An access token of the partner (master) credential, cached until shortly before it expires. */
    AccessToken masterToken();

    /** PUT our partner configuration; returns what SR saved. */
    PartnerConfiguration configurePartner(PartnerConfiguration configuration);

    /** SR's saved partner configuration; empty when there is none (404). */
    Optional<PartnerConfiguration> getPartnerConfiguration();

    /**
     * Tells SR a company is integrated, handing over the credential we generated for SR; returns SR's
     * customer-level credential for calling SR on that company's behalf.
     */
    ClientCredential integrateCompany(String srCompanyId, String clientId, String clientSecret);

    /** PATCH the result of an order (merge-patch semantics). */
    void patchResult(ClientCredential customer, String orderId, AssessmentResult result);

    /** Uploads a result attachment; returns the URL SR keeps it under. */
    String uploadAttachment(ClientCredential customer, String orderId, String fileName, String contentType,
                            byte[] content);

    CandidateDetails getCandidate(ClientCredential customer, String candidateId);

    JobDetails getJob(ClientCredential customer, String jobId);

    List<HiringTeamMember> getHiringTeam(ClientCredential customer, String jobId);

    /**
     * Every user of the customer's SR company, in SR's order: all pages of the Users API list, {@link #USERS_PAGE}
     * at a time, following {@code nextPageId} until SR sends none.
     */
    List<SmartRecruitersUser> listUsers(ClientCredential customer);

    /** Users per page of {@link #listUsers}: SR's maximum {@code limit}. */
    int USERS_PAGE = 100;

    /** A bearer token and when it expires; the token never appears in {@link #toString()}. */
    record AccessToken(String value, Instant expiresAt) {

        @Override
        public String toString() {
            return "AccessToken[value=****, expiresAt=" + expiresAt + "]";
        }
    }
}
