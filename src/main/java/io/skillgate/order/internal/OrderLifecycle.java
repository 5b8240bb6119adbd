package io.skillgate.order.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.skillgate.base.CompanyId;
import io.skillgate.base.Secrets;
import io.skillgate.base.SkillgateProperties;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.PackageContent;
import io.skillgate.catalog.PackageContent.AssessmentContent;
import io.skillgate.catalog.PackageTerms;
import io.skillgate.order.OrderResult;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.OrderStatusChanged;
import io.skillgate.order.Score;
import io.skillgate.order.domain.AssessmentOrder;
import io.skillgate.order.domain.OrderAnswer;
import io.skillgate.order.domain.OrderAnswerRepository;
import io.skillgate.order.domain.OrderEvent;
import io.skillgate.order.domain.OrderEventRepository;
import io.skillgate.order.domain.OrderSection;
import io.skillgate.order.domain.OrderSectionRepository;

/**
 * The one place an order's status change is recorded: a timeline entry and an {@link OrderStatusChanged} event,
 * in the caller's transaction. Also closes an order with its score (on the candidate's submit or at expiry).
 */
@Component
public class OrderLifecycle {

    private final OrderEventRepository timeline;
    private final OrderSectionRepository sections;
    private final OrderAnswerRepository answers;
    private final CatalogService catalog;
    private final ApplicationEventPublisher events;
    private final SkillgateProperties portal;
    private final Clock clock;

    OrderLifecycle(OrderEventRepository timeline, OrderSectionRepository sections, OrderAnswerRepository answers,
                   CatalogService catalog, ApplicationEventPublisher events, SkillgateProperties portal, Clock clock) {
        this.timeline = timeline;
        this.sections = sections;
        this.answers = answers;
        this.catalog = catalog;
        this.events = events;
        this.portal = portal;
        this.clock = clock;
    }

    /** Records the order's (new) status in its timeline and publishes the change. */
    public void changed(AssessmentOrder order, String actor, String note) {
        publish(order, actor, note, order.getStatus() == OrderStatus.COMPLETED ? result(order) : null);
    }

    private void publish(AssessmentOrder order, String actor, String note, @Nullable OrderResult result) {
        Instant now = clock.instant();
        timeline.save(new OrderEvent(order, now, actor, note));
        events.publishEvent(new OrderStatusChanged(new CompanyId(order.getCompanyId()), order.getPublicId(),
                order.getSrOrderId(), order.getKind(), order.getStatus(), now, order.getStartedAt(), result));
    }

    /** A timeline entry that keeps the status (a reminder, a delivery problem). */
    public void noted(AssessmentOrder order, String actor, String note) {
        timeline.save(new OrderEvent(order, clock.instant(), actor, note));
        events.publishEvent(new OrderBroadcaster.OrderNoted(new CompanyId(order.getCompanyId()), order.getPublicId()));
    }

    /** The order's timeline after it was received, oldest first. */
    public List<OrderEvent> timeline(AssessmentOrder order) {
        return timeline.findByCompanyIdAndOrderIdOrderByIdAsc(order.getCompanyId(), id(order));
    }

    public PackageContent content(AssessmentOrder order) {
        return catalog.content(new CompanyId(order.getCompanyId()), order.getPackageId()).orElseThrow(
                () -> new IllegalStateException("Order " + order.getPublicId() + " names a package that is gone"));
    }

    public Map<String, String> answers(AssessmentOrder order) {
        return answers.findByCompanyIdAndOrderId(order.getCompanyId(), id(order)).stream()
                .collect(Collectors.toMap(OrderAnswer::getQuestionId, OrderAnswer::getAnswer));
    }

    public List<OrderSection> sections(AssessmentOrder order) {
        return sections.findByCompanyIdAndOrderIdOrderByIdAsc(order.getCompanyId(), id(order));
    }

    /** Scores and submits one started section with the answers saved so far, labelled by the package's bands. */
    public void submit(OrderSection section, AssessmentContent assessment, PackageTerms terms,
                       Map<String, String> saved, Instant at) {
        Score score = Scoring.score(assessment.questions(), saved);
        section.submit(at, score.raw(), score.min(), score.max(), terms.label(score.raw(), score.min(), score.max()));
    }

    /** {@link #complete(AssessmentOrder, PackageContent, String, String)} with the order's package read first. */
    public void complete(AssessmentOrder order, String actor, String note) {
        complete(order, content(order), actor, note);
    }

    /**
     * Closes the order: every open section is submitted with what was saved, an assessment never started scores 0
     * of its maximum; the package's score is the sum. Publishes COMPLETED with the result.
     */
    public void complete(AssessmentOrder order, PackageContent content, String actor, String note) {
        Instant now = clock.instant();
        Map<String, String> saved = answers(order);
        Map<String, OrderSection> started = sections(order).stream()
                .collect(Collectors.toMap(OrderSection::getAssessmentId, Function.identity()));
        Score total = Score.NONE;
        for (AssessmentContent assessment : content.assessments()) {
            OrderSection section = started.get(assessment.id());
            if (section != null && !section.isSubmitted()) {
                submit(section, assessment, content.terms(), saved, now);
            }
            total = total.plus(score(section, assessment));
        }
        order.complete(now, total.raw(), total.min(), total.max(),
                content.terms().label(total.raw(), total.min(), total.max()), Secrets.random(32));
        publish(order, actor, note, result(order, content));
    }

    /** A submitted section's score; an assessment never started scores 0 of its maximum. */
    private static Score score(@Nullable OrderSection section, AssessmentContent assessment) {
        return section == null ? Scoring.score(assessment.questions(), Map.of())
                : Objects.requireNonNull(section.getScore());
    }

    /** The completed order's result, with the report's URL. */
    public OrderResult result(AssessmentOrder order) {
        return result(order, content(order));
    }

    private OrderResult result(AssessmentOrder order, PackageContent content) {
        Map<String, OrderSection> started = sections(order).stream()
                .collect(Collectors.toMap(OrderSection::getAssessmentId, Function.identity()));
        Instant completedAt = Objects.requireNonNull(order.getCompletedAt());
        List<OrderResult.SectionResult> items = new ArrayList<>();
        for (AssessmentContent assessment : content.assessments()) {
            OrderSection section = started.get(assessment.id());
            Score score = score(section, assessment);
            items.add(new OrderResult.SectionResult(assessment.id(), assessment.name(),
                    section == null ? null : section.getStartedAt(),
                    section == null ? completedAt : Objects.requireNonNull(section.getSubmittedAt()), score,
                    section == null ? content.terms().label(0, 0, score.max()) : section.getScoreLabel()));
        }
        Score total = Objects.requireNonNull(order.getScore());
        String label = order.getScoreLabel();
        String summary = "%s: %d of %d points%s.".formatted(content.name(), total.raw(), total.max(),
                label == null ? "" : " (" + label + ")");
        return new OrderResult(content.name(), order.getStartedAt() == null ? completedAt : order.getStartedAt(),
                completedAt, total, label, summary, reportUrl(Objects.requireNonNull(order.getReportKey())), items);
    }

    /** The candidate's link for a token (the candidate module serves it). */
    public String candidateUrl(String token) {
        return portal.url("/assessment/" + token);
    }

    public String reportUrl(String reportKey) {
        return portal.url("/reports/" + reportKey);
    }

    private static long id(AssessmentOrder order) {
        return Objects.requireNonNull(order.getId());
    }
}
