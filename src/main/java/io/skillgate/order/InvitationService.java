package io.skillgate.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.base.Viewer;
import io.skillgate.base.Secrets;
import io.skillgate.catalog.PackageContent;
import io.skillgate.catalog.PackageTerms;
import io.skillgate.order.domain.AssessmentOrder;
import io.skillgate.order.domain.AssessmentOrderRepository;
import io.skillgate.order.internal.CandidateMailer;
import io.skillgate.order.internal.CandidateMailer.Kind;
import io.skillgate.order.internal.CandidateMailer.SendFailed;
import io.skillgate.order.internal.OrderLifecycle;

/**
 * A regular order's invitation and its life: the invitation mail (sent by a background job shortly after the order
 * arrives, retried with backoff while the mail server fails), reminders before the link expires, expiry, and a
 * recruiter's re-send, which renews the link even after it expired. Each mail carries a fresh link (only the hash of
 * the newest token is kept, so earlier links stop working; the mail says so). Each order is handled in its own
 * transaction with its row locked, so two nodes never handle the same order at once. Mail goes out inside that
 * transaction: when the send fails, nothing of the step is stored.
 */
@Service
public class InvitationService {

    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);
    private static final int BATCH = 50;
    private static final String SYSTEM = "system";

    private final AssessmentOrderRepository orders;
    private final OrderLifecycle lifecycle;
    private final CandidateMailer mailer;
    private final OrderProperties properties;
    private final AuditService audit;
    private final Clock clock;
    private final TransactionTemplate transactions;

    InvitationService(AssessmentOrderRepository orders, OrderLifecycle lifecycle, CandidateMailer mailer,
                      OrderProperties properties, AuditService audit, Clock clock,
                      PlatformTransactionManager transactions) {
        this.orders = orders;
        this.lifecycle = lifecycle;
        this.mailer = mailer;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** Sends the waiting invitations (a bounded batch); how many went out. */
    public int inviteDue() {
        int sent = 0;
        List<Long> batch;
        int rounds = 0;
        do {
            batch = orders.findAwaitingInvitation(clock.instant(), Limit.of(BATCH));
            sent += invite(batch);
        } while (batch.size() == BATCH && ++rounds < 20);
        return sent;
    }

    private int invite(List<Long> batch) {
        int sent = 0;
        for (long id : batch) {
            try {
                sent += inLockedOrder(id, order -> {
                    if (order.getStatus() == OrderStatus.RECEIVED) {
                        invite(order, SYSTEM, "Invitation sent to the candidate");
                    }
                }) ? 1 : 0;
            } catch (SendFailed e) {
                invitationFailed(id, e);
            }
        }
        return sent;
    }

    /** Sends the reminders that are due; how many went out. */
    public int remindDue() {
        int sent = 0;
        for (long id : orders.findDueForReminder(clock.instant(), Limit.of(BATCH))) {
            try {
                sent += inLockedOrder(id, this::remind) ? 1 : 0;
            } catch (SendFailed e) {
                log.warn("Reminder for order {} not sent: {}", id, e.getMessage());
                // try again in an hour rather than at every pass
                inLockedOrder(id, order -> order.postponeReminder(clock.instant().plus(Duration.ofHours(1))));
            }
        }
        return sent;
    }

    /**
     * Orders whose link lapsed: not started → EXPIRED; started → closed and scored with the answers saved (an
     * assessment not started scores 0). How many.
     */
    public int expireDue() {
        int expired = 0;
        for (long id : orders.findExpired(clock.instant(), Limit.of(BATCH))) {
            expired += inLockedOrder(id, order -> {
                Instant expiresAt = order.getExpiresAt();
                if (expiresAt == null || clock.instant().isBefore(expiresAt)) {
                    return;
                }
                if (order.getStatus() == OrderStatus.INVITED) {
                    order.expire();
                    lifecycle.changed(order, SYSTEM, "The invitation expired");
                } else if (order.getStatus() == OrderStatus.IN_PROGRESS) {
                    lifecycle.complete(order, SYSTEM, "Closed at expiry with the answers saved");
                }
            }) ? 1 : 0;
        }
        return expired;
    }

    /**
     * A recruiter sends the invitation again: a fresh link valid for the package's full term from now, also after
     * the old one expired. Only for regular orders the candidate has not started.
     *
     * @throws OrderRefused  no such order of the company, or not in a state to re-send
     * @throws SendFailed    the mail server did not take the mail (nothing changed)
     */
    public void resend(CompanyId companyId, String orderId, String actor) {
        resend(Viewer.wholeCompany(companyId), orderId, actor);
    }

    /** {@link #resend(CompanyId, String, String)} of an order the viewer may see; any other is "no such order". */
    public void resend(Viewer viewer, String orderId, String actor) {
        viewer.requireMayAct();
        CompanyId companyId = viewer.companyId();
        transactions.executeWithoutResult(status -> {
            AssessmentOrder order = orders.lockByCompanyIdAndPublicId(companyId.value(), orderId)
                    .filter(o -> viewer.sees(companyId, o.getPackageId())).orElseThrow(
                    () -> new OrderRefused(OrderRefused.Reason.UNKNOWN_ORDER, "No such order"));
            if (order.getKind() != OrderKind.REGULAR || !List.of(OrderStatus.RECEIVED, OrderStatus.INVITED,
                    OrderStatus.EXPIRED).contains(order.getStatus())) {
                throw new OrderRefused(OrderRefused.Reason.NOT_ORDERABLE,
                        "Only a regular order the candidate has not started can be re-sent");
            }
            invite(order, actor, "Invitation re-sent");
            audit.record(AuditEntry.of(companyId, actor, "order.invitation-resent", "Re-sent the invitation of order "
                    + orderId));
        });
    }

    /** Withdraws an order that is not finished; the candidate's link stops working and SR is told REJECTED. */
    public void reject(CompanyId companyId, String orderId, String actor, String reason) {
        transactions.executeWithoutResult(status -> {
            AssessmentOrder order = orders.lockByCompanyIdAndPublicId(companyId.value(), orderId).orElseThrow(
                    () -> new OrderRefused(OrderRefused.Reason.UNKNOWN_ORDER, "No such order"));
            if (order.getStatus().isFinal()) {
                throw new OrderRefused(OrderRefused.Reason.NOT_ORDERABLE, "The order is already " + order.getStatus());
            }
            order.reject();
            lifecycle.changed(order, actor, "Rejected: " + reason);
            audit.record(AuditEntry.of(companyId, actor, "order.rejected", "Rejected order " + orderId));
        });
    }

    private void invite(AssessmentOrder order, String actor, String note) {
        PackageContent content = lifecycle.content(order);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(content.terms().invitationDays()));
        String token = Secrets.random(32);
        boolean statusChanges = order.getStatus() != OrderStatus.INVITED;
        order.invite(Secrets.sha256(token), expiresAt, reminderAt(content.terms(), now, expiresAt, 0));
        if (statusChanges) {
            lifecycle.changed(order, actor, note);
        } else {
            lifecycle.noted(order, actor, note);
        }
        mailer.send(Kind.INVITATION, order, content.name(), lifecycle.candidateUrl(token), expiresAt);
    }

    private void remind(AssessmentOrder order) {
        Instant expiresAt = order.getExpiresAt();
        Instant due = order.getNextReminderAt();
        if (order.getStatus() != OrderStatus.INVITED || expiresAt == null || due == null
                || clock.instant().isBefore(due)) {
            return;
        }
        PackageContent content = lifecycle.content(order);
        String token = Secrets.random(32);
        order.reminded(Secrets.sha256(token), reminderAt(content.terms(), clock.instant(), expiresAt,
                order.getRemindersSent() + 1));
        lifecycle.noted(order, SYSTEM, "Reminder " + order.getRemindersSent() + " sent");
        mailer.send(Kind.REMINDER, order, content.name(), lifecycle.candidateUrl(token), expiresAt);
    }

    /**
     * When reminder {@code index} (from 0) is due: the first {@code reminderHours} before expiry, the rest spread
     * evenly up to the expiry; none beyond {@code maxReminders} or if it would fall within an hour of {@code now}'s
     * step or after expiry.
     */
    static @Nullable Instant reminderAt(PackageTerms terms, Instant now, Instant expiresAt, int index) {
        Duration before = Duration.ofHours(terms.reminderHours());
        for (int k = index; k < terms.maxReminders(); k++) {
            Instant at = expiresAt.minus(before).plus(before.dividedBy(terms.maxReminders()).multipliedBy(k));
            if (!at.isBefore(now.plus(Duration.ofHours(1))) && at.isBefore(expiresAt)) {
                return at;
            }
        }
        return null;
    }

    private void invitationFailed(long id, SendFailed failure) {
        inLockedOrder(id, order -> {
            if (order.getStatus() != OrderStatus.RECEIVED) {
                return;
            }
            if (failure.permanent() || order.getInvitationAttempts() + 1 >= properties.maxInvitationAttempts()) {
                log.warn("Invitation of order {} given up: {}", order.getPublicId(), failure.getMessage());
                order.reject();
                order.setAttention("The invitation could not be sent: " + failure.getMessage());
                lifecycle.changed(order, SYSTEM, "The invitation could not be sent: " + failure.getMessage());
            } else {
                long backoffSeconds = Math.min(3600, 30L << Math.min(order.getInvitationAttempts(), 10));
                order.invitationFailed(clock.instant().plusSeconds(backoffSeconds));
                log.info("Invitation of order {} not sent (attempt {}), next try in {} s: {}", order.getPublicId(),
                        order.getInvitationAttempts(), backoffSeconds, failure.getMessage());
            }
        });
    }

    private boolean inLockedOrder(long id, Consumer<AssessmentOrder> step) {
        return Boolean.TRUE.equals(transactions.execute(status -> orders.lockById(id).map(order -> {
            step.accept(order);
            return true;
        }).orElse(false)));
    }
}
