package io.skillgate.connection;

import io.skillgate.base.CompanyId;

/**
 * SmartRecruiters acting for one connected customer company: who a valid access token belongs to.
 *
 * @param srCompanyId SmartRecruiters' id of the customer company
 */
public record SrClient(CompanyId companyId, String srCompanyId, String clientId) {
}
