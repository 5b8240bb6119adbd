package io.skillgate.audit;

import org.jspecify.annotations.Nullable;

import io.skillgate.base.CompanyId;

/**
 * One thing worth remembering, to be written to the audit log.
 *
 * @param companyId     the company concerned; {@code null} for platform events or an unknown user
 * @param actor         who did it (an e-mail, {@code system}, or what an anonymous caller claimed to be)
 * @param action        a stable dotted code, e.g. {@code signin.failed}
 * @param detail        a human-readable sentence; never a secret
 * @param remoteAddress the client address, when the event came over HTTP
 */
public record AuditEntry(@Nullable CompanyId companyId, String actor, String action, String detail,
                         @Nullable String remoteAddress) {

    public static AuditEntry of(@Nullable CompanyId companyId, String actor, String action, String detail) {
        return new AuditEntry(companyId, actor, action, detail, null);
    }
}
