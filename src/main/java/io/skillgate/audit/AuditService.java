package io.skillgate.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.audit.domain.AuditEvent;
import io.skillgate.audit.domain.AuditEventRepository;
import io.skillgate.base.CompanyId;

/** Writes and reads the append-only audit log. Writes join the caller's transaction. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final int MAX_ROWS = 500;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(AuditEntry entry) {
        events.save(new AuditEvent(clock.instant(),
                entry.companyId() == null ? null : entry.companyId().value(),
                truncate(entry.actor(), 254), truncate(entry.action(), 64), truncate(entry.detail(), 1000),
                entry.remoteAddress() == null ? null : truncate(entry.remoteAddress(), 64)));
    }

    /** The newest entries of a company, newest first. */
    public List<AuditEventDetails> recent(CompanyId companyId, int limit) {
        return events.findByCompanyIdOrderByIdDesc(companyId.value(), Limit.of(Math.min(limit, MAX_ROWS)))
                .stream().map(AuditService::toDetails).toList();
    }

    /** The newest entries with one action code (platform-wide; for operators and tests). */
    public List<AuditEventDetails> recentByAction(String action, int limit) {
        return events.findByActionOrderByIdDesc(action, Limit.of(Math.min(limit, MAX_ROWS)))
                .stream().map(AuditService::toDetails).toList();
    }

    private static AuditEventDetails toDetails(AuditEvent e) {
        return new AuditEventDetails(e.getId() == null ? 0 : e.getId(), e.getOccurredAt(),
                e.getCompanyId() == null ? null : new CompanyId(e.getCompanyId()), e.getActor(), e.getAction(),
                e.getDetail(), e.getRemoteAddress());
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
