package io.skillgate.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.skillgate.base.CompanyId;

/** An audit log entry as written. */
public record AuditEventDetails(long id, Instant occurredAt, @Nullable CompanyId companyId, String actor,
                                String action, String detail, @Nullable String remoteAddress) {
}
