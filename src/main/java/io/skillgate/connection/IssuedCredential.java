package io.skillgate.connection;

import io.skillgate.base.CompanyId;

/** A freshly generated customer-level credential; the secret exists in clear only in this record. */
public record IssuedCredential(CompanyId companyId, String srCompanyId, String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "IssuedCredential[companyId=" + companyId + ", srCompanyId=" + srCompanyId + ", clientId=" + clientId
                + ", clientSecret=****]";
    }
}
