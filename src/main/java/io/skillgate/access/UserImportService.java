package io.skillgate.access;

import java.time.Clock;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.skillgate.access.UserImportResult.Outcome;
import io.skillgate.access.internal.UserImportPlan.Change;
import io.skillgate.access.internal.UserImportPlan.Planned;
import io.skillgate.access.internal.UserImportPlan.Snapshot;
import io.skillgate.access.internal.UserImportPlanner;
import io.skillgate.access.internal.UserImportStore;
import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;

/**
 * Bulk provisioning of a company's users from lines (a CSV file in the UI, the batch endpoint of the Users API).
 * Every line is checked first; a dry run stops there and writes nothing. Applying writes only the valid lines, in
 * chunks of {@link #CHUNK} per transaction with multi-row statements, so an invalid line never stops a valid one and
 * a failing chunk never undoes an earlier one. Running the same lines again changes nothing: an existing user of the
 * company with the same data is {@code UNCHANGED}, one with different data {@code UPDATED}; an e-mail of another
 * company is an error that says only "in use". New users get no password (like the Users API's: they sign in by
 * SSO, or get a password the usual way) and start inactive unless the line says {@code activate=true}.
 * <p>
 * Audit: one entry per created or changed user ({@code user.created}, {@code user.changed}, as {@link UserService}
 * writes them, but batched with the chunk) and one summary entry per applied import ({@code user.import}).
 */
@Service
public class UserImportService {

    /** The most lines one import takes. */
    public static final int MAX_LINES = 10_000;
    /** The refusal of a source with more than {@link #MAX_LINES} lines. */
    public static final String TOO_MANY_LINES = "An import has at most " + MAX_LINES + " users";
    /** Lines written per transaction. */
    public static final int CHUNK = 500;

    private static final Logger log = LoggerFactory.getLogger(UserImportService.class);

    /** Told after each chunk how many of the lines to write are written. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    private final UserImportPlanner planner;
    private final UserImportStore store;
    private final AuditService audit;
    private final TransactionTemplate transaction;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    UserImportService(UserImportPlanner planner, UserImportStore store, AuditService audit,
                      PlatformTransactionManager transactions, Clock clock) {
        this.planner = planner;
        this.store = store;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** An import by a company admin (the UI); anyone else is refused. */
    public UserImportReport run(PortalUserPrincipal admin, List<UserImportLine> lines, boolean dryRun,
                                Progress progress) {
        if (!admin.companyAdmin()) {
            throw new AccessDeniedException("Only a company's administrators import its users");
        }
        return run(admin.requireCompanyId(), lines, dryRun, admin.email(), progress);
    }

    /**
     * Checks the lines against the company and, unless {@code dryRun}, writes the valid ones.
     *
     * @throws UserException {@code INVALID} for more than {@link #MAX_LINES} lines
     */
    public UserImportReport run(CompanyId companyId, List<UserImportLine> lines, boolean dryRun, String actor,
                                Progress progress) {
        if (lines.size() > MAX_LINES) {
            throw new UserException(UserException.Reason.INVALID, TOO_MANY_LINES);
        }
        List<Planned> planned = Objects.requireNonNull(readOnly.execute(status -> {
            Snapshot snapshot = store.snapshot(companyId, lines.stream().map(UserImportLine::email)
                    .filter(Objects::nonNull).map(email -> email.strip().toLowerCase(Locale.ROOT)).toList());
            return planner.plan(companyId, lines, snapshot);
        }));
        List<Planned> writes = planned.stream().filter(p -> p.change() != null).toList();
        if (dryRun || writes.isEmpty()) {
            progress.update(writes.size(), writes.size());
            UserImportReport report = new UserImportReport(dryRun, planned.stream().map(Planned::result).toList());
            if (!dryRun) {
                audit.record(AuditEntry.of(companyId, actor, "user.import", "Imported " + lines.size() + " lines: "
                        + report.summary()));
            }
            return report;
        }
        Map<Planned, UserImportResult> failed = new IdentityHashMap<>();
        progress.update(0, writes.size());
        for (int from = 0; from < writes.size(); from += CHUNK) {
            List<Planned> chunk = writes.subList(from, Math.min(writes.size(), from + CHUNK));
            try {
                transaction.executeWithoutResult(status -> {
                    List<Change> changes = chunk.stream().map(p -> Objects.requireNonNull(p.change())).toList();
                    store.write(companyId, changes, clock.instant());
                    audit.recordAll(changes.stream().map(change -> AuditEntry.of(companyId, actor,
                            change.userId() == null ? "user.created" : "user.changed", change.detail())).toList());
                });
            } catch (DataIntegrityViolationException e) {
                log.info("User import chunk of {} lines refused by a constraint: {}", chunk.size(),
                        e.getMostSpecificCause().getMessage());
                chunk.forEach(p -> failed.put(p, new UserImportResult(p.result().line(), p.result().email(),
                        Outcome.ERROR, List.of("Not saved: an e-mail or SSO identifier of this part of the file was"
                        + " taken meanwhile; run the import again"))));
            }
            progress.update(Math.min(writes.size(), from + CHUNK), writes.size());
        }
        UserImportReport report = new UserImportReport(false, planned.stream()
                .map(p -> failed.getOrDefault(p, p.result())).toList());
        audit.record(AuditEntry.of(companyId, actor, "user.import", "Imported " + lines.size() + " lines: "
                + report.summary()));
        return report;
    }
}
