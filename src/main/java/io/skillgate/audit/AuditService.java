package io.skillgate.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.audit.domain.AuditEvent;
import io.skillgate.audit.domain.AuditEventRepository;
import io.skillgate.audit.internal.AuditCsv;
import io.skillgate.audit.internal.AuditSearch;
import io.skillgate.base.CompanyId;
import io.skillgate.base.SignedInUser;

/** Writes and reads the append-only audit log. Writes join the caller's transaction. */
@Service
@Transactional(readOnly = true)
public class AuditService {

    private static final int MAX_ROWS = 500;

    private final AuditEventRepository events;
    private final AuditSearch search;
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditService(AuditEventRepository events, AuditSearch search, JdbcClient jdbc, Clock clock) {
        this.events = events;
        this.search = search;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void record(AuditEntry entry) {
        events.save(new AuditEvent(clock.instant(),
                entry.companyId() == null ? null : entry.companyId().value(),
                truncate(entry.actor(), 254), truncate(entry.action(), 64), truncate(entry.detail(), 1000),
                entry.remoteAddress() == null ? null : truncate(entry.remoteAddress(), 64)));
    }

    /**
     * Many entries at once (a bulk import's one per user), written with multi-row INSERTs rather than one save each;
     * all get the same time.
     */
    @Transactional
    public void recordAll(List<AuditEntry> entries) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int from = 0; from < entries.size(); from += MAX_ROWS) {
            List<AuditEntry> chunk = entries.subList(from, Math.min(entries.size(), from + MAX_ROWS));
            List<Object> params = new ArrayList<>(chunk.size() * 6);
            for (AuditEntry entry : chunk) {
                Collections.addAll(params, now, entry.companyId() == null ? null : entry.companyId().value(),
                        truncate(entry.actor(), 254), truncate(entry.action(), 64), truncate(entry.detail(), 1000),
                        entry.remoteAddress() == null ? null : truncate(entry.remoteAddress(), 64));
            }
            jdbc.sql("INSERT INTO audit_events (occurred_at, company_id, actor, action, detail, remote_address) VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, ?, ?, ?)"))).params(params)
                    .update();
        }
    }

    /** The newest entries of a company, newest first. */
    public List<AuditEventDetails> recent(CompanyId companyId, int limit) {
        return events.findByCompanyIdOrderByIdDesc(companyId.value(), Limit.of(Math.min(limit, MAX_ROWS)))
                .stream().map(AuditService::toDetails).toList();
    }

    /**
     * A company's entries that occurred at or after {@code since}, by id, the first with an id above
     * {@code afterId}; at most {@code limit} (1 to 500). For feeds that page with the last id they got.
     */
    public List<AuditEventDetails> since(CompanyId companyId, Instant since, long afterId, int limit) {
        if (limit < 1 || limit > MAX_ROWS) {
            throw new IllegalArgumentException("A page is 1 to " + MAX_ROWS + " rows");
        }
        return events.findByCompanyIdAndIdGreaterThanAndOccurredAtGreaterThanEqualOrderById(companyId.value(),
                afterId, since, Limit.of(limit)).stream().map(AuditService::toDetails).toList();
    }

    /** The newest entries with one action code (platform-wide; for operators and tests). */
    public List<AuditEventDetails> recentByAction(String action, int limit) {
        return events.findByActionOrderByIdDesc(action, Limit.of(Math.min(limit, MAX_ROWS)))
                .stream().map(AuditService::toDetails).toList();
    }

    /**
     * One page of the events the reader may see that match the query, newest first: a company admin sees only their
     * own company's events (whatever company the query names); an operator sees every company's, or the query's one.
     *
     * @throws AccessDeniedException for anyone else
     */
    public List<AuditEventDetails> search(SignedInUser reader, AuditQuery query, int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_ROWS) {
            throw new IllegalArgumentException("A page is 0 to " + MAX_ROWS + " rows from offset 0 on");
        }
        return search.page(scope(reader, query), query, offset, limit);
    }

    /** How many events the reader may see match the query. */
    public long count(SignedInUser reader, AuditQuery query) {
        return search.count(scope(reader, query), query);
    }

    /**
     * Writes every event the reader may see that matches the query as CSV (RFC 4180, header row, newest first),
     * streamed from the database. A cell a spreadsheet would take for a formula is prefixed with an apostrophe.
     */
    public void exportCsv(SignedInUser reader, AuditQuery query, Writer out) throws IOException {
        CompanyId scope = scope(reader, query);
        AuditCsv.write(out, csv -> search.forEach(scope, query, csv));
    }

    /** The one company the reader may read, or {@code null} for all (operators without a company filter). */
    private static @Nullable CompanyId scope(SignedInUser reader, AuditQuery query) {
        if ((reader.companyAdmin() || reader.companyAuditor()) && reader.companyId() != null) {
            return reader.companyId();
        }
        if (reader.operator() && reader.companyId() == null) {
            return query.companyId();
        }
        throw new AccessDeniedException("only company admins, auditors and operators read the audit log");
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
