package io.skillgate.order;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.skillgate.base.CompanyId;

/**
 * An order as SR placed it, already checked for shape by the inbound adapter; the service checks the rest
 * (package of this company, callback URL).
 *
 * @param srOrderId            the order's UUID, from the path of {@code resultCallbackUrl}
 * @param completedCallbackUrl inline orders only: where the candidate goes when done
 */
public record PlaceOrderCommand(
        CompanyId companyId,
        OrderKind kind,
        String srOrderId,
        String resultCallbackUrl,
        String packageId,
        @Nullable String candidateSrId,
        String candidateEmail,
        String candidateFirstName,
        String candidateLastName,
        @Nullable String applicationLanguage,
        @Nullable String requesterUserId,
        @Nullable String requesterEmail,
        @Nullable String jobId,
        @Nullable String completedCallbackUrl,
        Map<String, String> fields) {
}
