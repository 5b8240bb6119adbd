package io.skillgate.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import io.skillgate.access.domain.PortalUser;
import io.skillgate.access.domain.PortalUserRepository;
import io.skillgate.access.domain.ReclamationRule;
import io.skillgate.access.domain.ReclamationRuleRepository;
import io.skillgate.access.internal.ReclamationMailer;
import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;

/**
 * Reclamation of unused seats: each company's rule (inactive for N days; list only or deactivate automatically),
 * the users it finds (active users last seen — last activity, else last sign-in, else creation — more than N days
 * ago), deactivation of chosen ones by an admin, and the daily automatic run.
 */
@Service
@Transactional(readOnly = true)
public class ReclamationService {

    /** The actor the automatic run's deactivations are audited with. */
    public static final String ACTOR = "reclamation";

    private static final Logger log = LoggerFactory.getLogger(ReclamationService.class);

    private final PortalUserRepository users;
    private final ReclamationRuleRepository rules;
    private final UserService userService;
    private final ReclamationMailer mailer;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ReclamationService(PortalUserRepository users, ReclamationRuleRepository rules, UserService userService,
                       ReclamationMailer mailer, AuditService audit, Clock clock,
                       PlatformTransactionManager transactionManager) {
        this.users = users;
        this.rules = rules;
        this.userService = userService;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** What the daily run did for one company. */
    public record Outcome(CompanyId companyId, List<UserSummary> deactivated, List<UserSummary> remaining) {
    }

    /** The admin's company's rule ({@link ReclamationSettings#DEFAULT} until one is saved). */
    public ReclamationSettings settings(PortalUserPrincipal admin) {
        return settings(requireAdmin(admin));
    }

    private ReclamationSettings settings(CompanyId companyId) {
        return rules.findById(companyId.value())
                .map(rule -> new ReclamationSettings(rule.getInactiveDays(), rule.getMode()))
                .orElse(ReclamationSettings.DEFAULT);
    }

    @Transactional
    public ReclamationSettings save(PortalUserPrincipal admin, ReclamationSettings settings) {
        CompanyId companyId = requireAdmin(admin);
        if (settings.inactiveDays() < 0 || settings.inactiveDays() > ReclamationSettings.MAX_DAYS) {
            throw new UserException(UserException.Reason.INVALID,
                    "Inactive days are 0 (off) to " + ReclamationSettings.MAX_DAYS);
        }
        ReclamationRule rule = rules.findById(companyId.value()).orElseGet(() -> new ReclamationRule(companyId.value()));
        rule.change(settings.inactiveDays(), settings.mode(), clock.instant(), admin.email());
        rules.save(rule);
        audit.record(AuditEntry.of(companyId, admin.email(), "reclamation.rule.changed", settings.on()
                ? "Reclamation: users inactive for " + settings.inactiveDays() + " days, " + settings.mode()
                : "Reclamation turned off"));
        return settings;
    }

    /**
     * The admin's company's active users inactive for longer than its rule allows, least recently seen first;
     * never the admin themselves. Empty when the rule is off.
     */
    public List<UserSummary> candidates(PortalUserPrincipal admin) {
        CompanyId companyId = requireAdmin(admin);
        return candidates(companyId, settings(companyId)).stream()
                .filter(user -> user.id() != admin.userId()).toList();
    }

    /**
     * Deactivates those of {@code userIds} that are still candidates (anything else is skipped), audited with the
     * admin as actor. Returns how many were deactivated.
     */
    @Transactional
    public int deactivate(PortalUserPrincipal admin, Collection<Long> userIds) {
        CompanyId companyId = requireAdmin(admin);
        Set<Long> chosen = Set.copyOf(userIds);
        int count = 0;
        for (UserSummary candidate : candidates(admin)) {
            if (chosen.contains(candidate.id())) {
                userService.setActive(companyId, candidate.id(), false, admin.email());
                count++;
            }
        }
        return count;
    }

    /**
     * The daily run: for every company whose rule is automatic, deactivates its candidates except admins (so a
     * company cannot lock itself out), each company in its own transaction, then mails that company's active admins
     * who was deactivated and who is still a candidate. A company whose run fails is logged and skipped.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<Outcome> runAutomatic() {
        List<Outcome> outcomes = new ArrayList<>();
        for (ReclamationRule rule : rules.findByModeAndInactiveDaysGreaterThanOrderByCompanyId(
                ReclamationMode.AUTOMATIC, 0)) {
            CompanyId companyId = new CompanyId(rule.getCompanyId());
            Outcome outcome;
            try {
                outcome = transaction.execute(status -> reclaim(companyId));
            } catch (RuntimeException e) {
                log.error("Reclamation of company {} failed; the other companies go on", companyId.value(), e);
                continue;
            }
            if (outcome != null && !(outcome.deactivated().isEmpty() && outcome.remaining().isEmpty())) {
                outcomes.add(outcome);
                List<String> admins = users.findByCompanyIdAndActiveTrue(companyId.value()).stream()
                        .filter(user -> user.getSystemRole() == SystemRole.ADMIN).map(PortalUser::getEmail).toList();
                mailer.sendSummary(admins, settings(companyId).inactiveDays(), outcome.deactivated(),
                        outcome.remaining());
            }
        }
        return outcomes;
    }

    private Outcome reclaim(CompanyId companyId) {
        List<UserSummary> deactivated = new ArrayList<>();
        List<UserSummary> remaining = new ArrayList<>();
        for (UserSummary user : candidates(companyId, settings(companyId))) {
            if (user.role() == SystemRole.ADMIN) {
                remaining.add(user);
            } else {
                userService.setActive(companyId, user.id(), false, ACTOR);
                deactivated.add(user);
            }
        }
        return new Outcome(companyId, deactivated, remaining);
    }

    private List<UserSummary> candidates(CompanyId companyId, ReclamationSettings settings) {
        if (!settings.on()) {
            return List.of();
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(settings.inactiveDays()));
        return users.findByCompanyIdAndActiveTrue(companyId.value()).stream().map(UserService::toSummary)
                .filter(user -> user.role().isCompanyRole() && user.lastSeen().isBefore(cutoff))
                .sorted(Comparator.comparing(UserSummary::lastSeen).thenComparing(UserSummary::email))
                .toList();
    }

    private static CompanyId requireAdmin(PortalUserPrincipal admin) {
        if (!admin.companyAdmin()) {
            throw new UserException(UserException.Reason.FORBIDDEN, "Only a company admin manages reclamation");
        }
        return admin.requireCompanyId();
    }
}
