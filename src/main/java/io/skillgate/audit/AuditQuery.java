package io.skillgate.audit;

import java.io.Serializable;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import io.skillgate.base.CompanyId;

/**
 * A filter over the audit log, as the audit screen sets it; every part is optional. Which companies a reader may see
 * at all is decided by {@link AuditService} from the reader, never by the query.
 *
 * @param action    the start of the action code, e.g. {@code sso.} or {@code user.created}
 * @param actor     the start of who did it (an e-mail, {@code system}…)
 * @param text      text anywhere in the detail, taken literally ({@code %} and {@code _} are no wildcards)
 * @param from      occurred at or after
 * @param to        occurred before
 * @param companyId only this company's events; honoured for operators (an admin always sees their own company)
 */
public record AuditQuery(@Nullable String action, @Nullable String actor, @Nullable String text,
                         @Nullable Instant from, @Nullable Instant to, @Nullable CompanyId companyId)
        implements Serializable {

    /** Every event the reader may see. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null);

    public AuditQuery {
        action = blankToNull(action);
        actor = blankToNull(actor);
        text = blankToNull(text);
    }

    public AuditQuery withCompany(@Nullable CompanyId company) {
        return new AuditQuery(action, actor, text, from, to, company);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
