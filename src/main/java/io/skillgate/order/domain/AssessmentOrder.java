package io.skillgate.order.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import io.skillgate.base.AbstractEntity;
import io.skillgate.order.Score;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderStatus;

/** An order SR placed with one of the company's packages. */
@Entity
@Table(name = "assessment_orders")
public class AssessmentOrder extends AbstractEntity {

    @Column(name = "company_id", nullable = false)
    private long companyId;

    @Column(name = "public_id", nullable = false, unique = true, length = 36)
    private String publicId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private OrderKind kind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private OrderStatus status;

    @Column(name = "sr_order_id", nullable = false, length = 36)
    private String srOrderId;

    @Column(name = "result_callback_url", nullable = false, length = 1000)
    private String resultCallbackUrl;

    /** SHA-256 of the callback URL: the idempotency key, unique per company. */
    @Column(name = "callback_hash", nullable = false, length = 64)
    private String callbackHash;

    @Column(name = "package_id", nullable = false, length = 36)
    private String packageId;

    @Column(name = "candidate_sr_id", length = 64)
    private @Nullable String candidateSrId;

    @Column(name = "candidate_email", nullable = false, length = 254)
    private String candidateEmail;

    @Column(name = "candidate_first_name", nullable = false, length = 300)
    private String candidateFirstName;

    @Column(name = "candidate_last_name", nullable = false, length = 300)
    private String candidateLastName;

    @Column(name = "application_language", length = 16)
    private @Nullable String applicationLanguage;

    @Column(name = "requester_user_id", length = 64)
    private @Nullable String requesterUserId;

    @Column(name = "requester_email", length = 254)
    private @Nullable String requesterEmail;

    @Column(name = "job_id", length = 64)
    private @Nullable String jobId;

    @Column(name = "completed_callback_url", length = 1000)
    private @Nullable String completedCallbackUrl;

    /** SR's mapped custom fields, as a JSON object. */
    @Column(name = "fields_json", nullable = false, length = 4000)
    private String fieldsJson;

    /** SHA-256 of the candidate's access token; the token itself is never stored. */
    @Column(name = "candidate_token_hash", nullable = false, unique = true, length = 64)
    private String candidateTokenHash;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "next_reminder_at")
    private @Nullable Instant nextReminderAt;

    @Column(name = "invitation_attempts", nullable = false)
    private int invitationAttempts;

    @Column(name = "next_invitation_at")
    private @Nullable Instant nextInvitationAt;

    @Column(name = "started_at")
    private @Nullable Instant startedAt;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Column(name = "score_raw")
    private @Nullable Integer scoreRaw;

    @Column(name = "score_min")
    private @Nullable Integer scoreMin;

    @Column(name = "score_max")
    private @Nullable Integer scoreMax;

    @Column(name = "score_label", length = 100)
    private @Nullable String scoreLabel;

    @Column(name = "report_key", unique = true, length = 64)
    private @Nullable String reportKey;

    @Column(length = 500)
    private @Nullable String attention;

    /** JSON of {@link io.skillgate.order.OrderContext}; none until fetched. */
    @Column(name = "sr_context", length = 8000)
    private @Nullable String srContext;

    /** The job's title from {@link #srContext}, as a column for the orders grid. */
    @Column(name = "job_title", length = 255)
    private @Nullable String jobTitle;

    @Column(name = "context_state", nullable = false, length = 16)
    private String contextState = "PENDING";

    @Column(name = "context_attempts", nullable = false)
    private int contextAttempts;

    @Column(name = "next_context_at")
    private @Nullable Instant nextContextAt;

    protected AssessmentOrder() {
        this.publicId = "";
        this.kind = OrderKind.REGULAR;
        this.status = OrderStatus.RECEIVED;
        this.srOrderId = "";
        this.resultCallbackUrl = "";
        this.callbackHash = "";
        this.packageId = "";
        this.candidateEmail = "";
        this.candidateFirstName = "";
        this.candidateLastName = "";
        this.fieldsJson = "{}";
        this.candidateTokenHash = "";
        this.receivedAt = Instant.EPOCH;
    }

    @SuppressWarnings("checkstyle:ParameterNumber")
    public AssessmentOrder(long companyId, String publicId, OrderKind kind, String srOrderId, String resultCallbackUrl,
                           String callbackHash, String packageId, Candidate candidate, Requester requester,
                           @Nullable String jobId, @Nullable String completedCallbackUrl, String fieldsJson,
                           String candidateTokenHash, Instant receivedAt, @Nullable Instant expiresAt) {
        this.companyId = companyId;
        this.publicId = publicId;
        this.kind = kind;
        // an inline order's link is answered at once: it is invited as it is received
        this.status = kind == OrderKind.INLINE ? OrderStatus.INVITED : OrderStatus.RECEIVED;
        this.expiresAt = expiresAt;
        this.srOrderId = srOrderId;
        this.resultCallbackUrl = resultCallbackUrl;
        this.callbackHash = callbackHash;
        this.packageId = packageId;
        this.candidateSrId = candidate.srId();
        this.candidateEmail = candidate.email();
        this.candidateFirstName = candidate.firstName();
        this.candidateLastName = candidate.lastName();
        this.applicationLanguage = candidate.applicationLanguage();
        this.requesterUserId = requester.userId();
        this.requesterEmail = requester.email();
        this.jobId = jobId;
        this.completedCallbackUrl = completedCallbackUrl;
        this.fieldsJson = fieldsJson;
        this.candidateTokenHash = candidateTokenHash;
        this.receivedAt = receivedAt;
    }

    /** The candidate as SR described them. */
    public record Candidate(@Nullable String srId, String email, String firstName, String lastName,
                            @Nullable String applicationLanguage) {
    }

    /** The SR user who placed the order (regular orders). */
    public record Requester(@Nullable String userId, @Nullable String email) {
    }

    public void replaceCandidateToken(String tokenHash) {
        this.candidateTokenHash = tokenHash;
    }

    /** Moves to {@code next}; refuses a move the lifecycle does not allow ({@link OrderStatus#canBecome}). */
    public void moveTo(OrderStatus next) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("Order " + publicId + " cannot go from " + status + " to " + next);
        }
        this.status = next;
    }

    /** A (new) invitation: a fresh link valid until {@code expiresAt}, reminders counted afresh. */
    public void invite(String tokenHash, Instant expiresAt, @Nullable Instant firstReminderAt) {
        moveTo(OrderStatus.INVITED);
        this.candidateTokenHash = tokenHash;
        this.expiresAt = expiresAt;
        this.remindersSent = 0;
        this.nextReminderAt = firstReminderAt;
        this.nextInvitationAt = null;
    }

    /** A reminder went out with a fresh link; the next one is due at {@code nextReminderAt} (none: no more). */
    public void reminded(String tokenHash, @Nullable Instant nextReminderAt) {
        this.candidateTokenHash = tokenHash;
        this.remindersSent++;
        this.nextReminderAt = nextReminderAt;
    }

    /** A reminder could not be sent; try again at {@code at}. */
    public void postponeReminder(Instant at) {
        this.nextReminderAt = at;
    }

    /** The invitation could not be sent; try again from {@code nextTry}. */
    public void invitationFailed(Instant nextTry) {
        this.invitationAttempts++;
        this.nextInvitationAt = nextTry;
    }

    public void start(Instant at) {
        moveTo(OrderStatus.IN_PROGRESS);
        this.startedAt = at;
        this.nextReminderAt = null;
    }

    public void complete(Instant at, int raw, int min, int max, @Nullable String label, String reportKey) {
        moveTo(OrderStatus.COMPLETED);
        this.completedAt = at;
        this.scoreRaw = raw;
        this.scoreMin = min;
        this.scoreMax = max;
        this.scoreLabel = label;
        this.reportKey = reportKey;
        this.nextReminderAt = null;
    }

    public void expire() {
        moveTo(OrderStatus.EXPIRED);
        this.nextReminderAt = null;
    }

    public void reject() {
        moveTo(OrderStatus.REJECTED);
        this.nextReminderAt = null;
        this.nextInvitationAt = null;
    }

    public void recordContext(String json, @Nullable String jobTitle) {
        this.srContext = json;
        this.jobTitle = jobTitle == null || jobTitle.length() <= 255 ? jobTitle : jobTitle.substring(0, 255);
        this.contextState = "DONE";
        this.nextContextAt = null;
    }

    /** Fetching the context failed; try again at {@code retryAt}, or never (none): it stays without. */
    public void contextFailed(@Nullable Instant retryAt) {
        this.contextAttempts++;
        this.contextState = retryAt == null ? "FAILED" : "PENDING";
        this.nextContextAt = retryAt;
    }

    public @Nullable String getSrContext() {
        return srContext;
    }

    public int getContextAttempts() {
        return contextAttempts;
    }

    /** Flags the order for a human, saying why; {@code null} clears the flag. */
    public void setAttention(@Nullable String attention) {
        this.attention = attention == null ? null
                : attention.length() > 500 ? attention.substring(0, 500) : attention;
    }

    public long getCompanyId() {
        return companyId;
    }

    public String getPublicId() {
        return publicId;
    }

    public OrderKind getKind() {
        return kind;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getSrOrderId() {
        return srOrderId;
    }

    public String getResultCallbackUrl() {
        return resultCallbackUrl;
    }

    public String getPackageId() {
        return packageId;
    }

    public String getCandidateTokenHash() {
        return candidateTokenHash;
    }

    public String getCandidateEmail() {
        return candidateEmail;
    }

    public String getFieldsJson() {
        return fieldsJson;
    }

    public @Nullable String getCompletedCallbackUrl() {
        return completedCallbackUrl;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public @Nullable String getCandidateSrId() {
        return candidateSrId;
    }

    public String getCandidateFirstName() {
        return candidateFirstName;
    }

    public String getCandidateLastName() {
        return candidateLastName;
    }

    public @Nullable String getApplicationLanguage() {
        return applicationLanguage;
    }

    public @Nullable String getRequesterEmail() {
        return requesterEmail;
    }

    public @Nullable String getJobId() {
        return jobId;
    }

    public @Nullable Instant getExpiresAt() {
        return expiresAt;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public @Nullable Instant getNextReminderAt() {
        return nextReminderAt;
    }

    public int getInvitationAttempts() {
        return invitationAttempts;
    }

    public @Nullable Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getCompletedAt() {
        return completedAt;
    }

    /** The score once scored; none before. */
    public @Nullable Score getScore() {
        return scoreRaw == null || scoreMin == null || scoreMax == null ? null
                : new Score(scoreRaw, scoreMin, scoreMax);
    }

    public @Nullable String getScoreLabel() {
        return scoreLabel;
    }

    public @Nullable String getReportKey() {
        return reportKey;
    }

    public @Nullable String getAttention() {
        return attention;
    }
}
