package io.skillgate.order;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.base.Secrets;
import io.skillgate.catalog.PackageContent;
import io.skillgate.catalog.PackageContent.AssessmentContent;
import io.skillgate.catalog.QuestionDetails;
import io.skillgate.order.CandidateSession.QuestionView;
import io.skillgate.order.CandidateSession.Section;
import io.skillgate.order.CandidateSession.SectionState;
import io.skillgate.order.domain.AssessmentOrder;
import io.skillgate.order.domain.AssessmentOrderRepository;
import io.skillgate.order.domain.OrderAnswer;
import io.skillgate.order.domain.OrderAnswerRepository;
import io.skillgate.order.domain.OrderSection;
import io.skillgate.order.domain.OrderSectionRepository;
import io.skillgate.order.internal.OrderLifecycle;
import io.skillgate.order.internal.Scoring;

/**
 * The candidate's side of an order, behind the unguessable token of their link (only its hash is stored). The
 * package's assessments are taken in order; each starts when the candidate says so, and a time limit is enforced
 * here: after the deadline no answer is taken and the assessment is submitted with what was saved. Every answer is
 * saved at once, so a reload resumes where the candidate was. The order row is locked for each step, so two tabs
 * cannot interleave. A refusal ({@link AnswerRefused}) keeps what was done before it: an answer refused for time up
 * leaves its assessment submitted.
 */
@Service
@Transactional(noRollbackFor = AnswerRefused.class)
public class AttemptService {

    private static final String CANDIDATE = "candidate";

    private final AssessmentOrderRepository orders;
    private final OrderSectionRepository sections;
    private final OrderAnswerRepository answers;
    private final OrderLifecycle lifecycle;
    private final Clock clock;

    AttemptService(AssessmentOrderRepository orders, OrderSectionRepository sections, OrderAnswerRepository answers,
                   OrderLifecycle lifecycle, Clock clock) {
        this.orders = orders;
        this.sections = sections;
        this.answers = answers;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    /** The session behind a link; an assessment whose time ran out is submitted first. */
    public CandidateSession open(String token) {
        AssessmentOrder order = usable(token);
        PackageContent content = lifecycle.content(order);
        closeOverdue(order, content);
        return session(order, content);
    }

    /** Starts the next assessment (the first one also starts the order: IN_PROGRESS). */
    public CandidateSession start(String token, String assessmentId) {
        AssessmentOrder order = usable(token);
        PackageContent content = lifecycle.content(order);
        closeOverdue(order, content);
        Section current = Objects.requireNonNull(session(order, content).current());
        if (!current.assessmentId().equals(assessmentId) || current.state() != SectionState.NOT_STARTED) {
            throw new AnswerRefused(AnswerRefused.Reason.NOT_CURRENT, "This assessment cannot be started now");
        }
        Instant now = clock.instant();
        AssessmentContent assessment = assessment(content, assessmentId);
        sections.save(new OrderSection(order, assessmentId, now, assessment.timeLimitSeconds() == null ? null
                : now.plusSeconds(assessment.timeLimitSeconds())));
        if (order.getStatus() == OrderStatus.INVITED) {
            order.start(now);
            lifecycle.changed(order, CANDIDATE, "Started " + assessment.name());
        }
        return session(order, content);
    }

    /** Saves one answer (replacing an earlier one); refused once the assessment's time is up. */
    public CandidateSession answer(String token, String questionId, String answer) {
        AssessmentOrder order = usable(token);
        PackageContent content = lifecycle.content(order);
        if (closeOverdue(order, content)) {
            throw new AnswerRefused(AnswerRefused.Reason.TIME_UP, "The time for this assessment is up");
        }
        Section current = session(order, content).current();
        QuestionDetails question = current == null || current.state() != SectionState.OPEN ? null
                : assessment(content, current.assessmentId()).questions().stream()
                .filter(q -> q.id().equals(questionId)).findFirst().orElse(null);
        if (question == null) {
            throw new AnswerRefused(AnswerRefused.Reason.NOT_CURRENT, "Not a question of the open assessment");
        }
        if (!Scoring.wellFormed(question, answer)) {
            throw new AnswerRefused(AnswerRefused.Reason.INVALID, "Not an answer to this question");
        }
        Instant now = clock.instant();
        answers.findByCompanyIdAndOrderIdAndQuestionId(order.getCompanyId(), Objects.requireNonNull(order.getId()),
                        questionId)
                .ifPresentOrElse(saved -> saved.change(answer, now),
                        () -> answers.save(new OrderAnswer(order, questionId, answer, now)));
        return session(order, content);
    }

    /** Submits the open assessment; after the last one the order is completed and scored. */
    public CandidateSession submit(String token, String assessmentId) {
        AssessmentOrder order = usable(token);
        PackageContent content = lifecycle.content(order);
        closeOverdue(order, content);
        OrderSection section = sections(order).get(assessmentId);
        if (section != null && !section.isSubmitted()) {
            lifecycle.submit(section, assessment(content, assessmentId), content.terms(), lifecycle.answers(order),
                    clock.instant());
        } else if (section == null) {
            throw new AnswerRefused(AnswerRefused.Reason.NOT_CURRENT, "This assessment was not started");
        }
        if (session(order, content).current() == null) {
            lifecycle.complete(order, content, CANDIDATE, "Submitted");
        }
        return session(order, content);
    }

    /** Submits the open assessment if its deadline passed; whether it did. */
    private boolean closeOverdue(AssessmentOrder order, PackageContent content) {
        Instant now = clock.instant();
        for (OrderSection section : sections(order).values()) {
            if (!section.isSubmitted() && !section.isOpen(now)) {
                lifecycle.submit(section, assessment(content, section.getAssessmentId()), content.terms(),
                        lifecycle.answers(order), Objects.requireNonNull(section.getDeadlineAt()));
                if (session(order, content).current() == null) {
                    lifecycle.complete(order, content, "system", "Time up on the last assessment");
                }
                return true;
            }
        }
        return false;
    }

    private AssessmentOrder usable(String token) {
        if (token.length() > 100) {
            throw new CandidateLinkRefused(CandidateLinkRefused.Reason.UNKNOWN);
        }
        AssessmentOrder order = orders.findForCandidate(Secrets.sha256(token))
                .orElseThrow(() -> new CandidateLinkRefused(CandidateLinkRefused.Reason.UNKNOWN));
        return switch (order.getStatus()) {
            case COMPLETED -> throw new CandidateLinkRefused(CandidateLinkRefused.Reason.FINISHED);
            case REJECTED -> throw new CandidateLinkRefused(CandidateLinkRefused.Reason.WITHDRAWN);
            case EXPIRED -> throw new CandidateLinkRefused(CandidateLinkRefused.Reason.EXPIRED);
            case RECEIVED -> throw new CandidateLinkRefused(CandidateLinkRefused.Reason.UNKNOWN);
            case INVITED -> {
                Instant expiresAt = order.getExpiresAt();
                if (expiresAt != null && !clock.instant().isBefore(expiresAt)) {
                    throw new CandidateLinkRefused(CandidateLinkRefused.Reason.EXPIRED);
                }
                yield order;
            }
            case IN_PROGRESS -> order;
        };
    }

    private CandidateSession session(AssessmentOrder order, PackageContent content) {
        Map<String, OrderSection> started = sections(order);
        Map<String, String> saved = lifecycle.answers(order);
        Instant now = clock.instant();
        List<Section> items = content.assessments().stream().map(a -> {
            OrderSection s = started.get(a.id());
            SectionState state = s == null ? SectionState.NOT_STARTED
                    : s.isSubmitted() ? SectionState.SUBMITTED : SectionState.OPEN;
            boolean open = state == SectionState.OPEN && s.isOpen(now);
            return new Section(a.id(), a.name(), a.description(), a.timeLimitSeconds(), a.questions().size(), state,
                    s == null ? null : s.getDeadlineAt(),
                    open ? a.questions().stream().map(q -> new QuestionView(q.id(), q.kind(), q.prompt(), q.points(),
                            q.options())).toList() : List.of(),
                    open ? a.questions().stream().filter(q -> saved.containsKey(q.id()))
                            .collect(Collectors.toMap(QuestionDetails::id, q -> saved.get(q.id()))) : Map.of());
        }).toList();
        return new CandidateSession(order.getPublicId(), order.getKind(), order.getStatus(),
                order.getCandidateFirstName(), order.getApplicationLanguage(), content.name(), order.getExpiresAt(),
                items, order.getCompletedCallbackUrl());
    }

    private Map<String, OrderSection> sections(AssessmentOrder order) {
        return lifecycle.sections(order).stream()
                .collect(Collectors.toMap(OrderSection::getAssessmentId, Function.identity()));
    }

    private static AssessmentContent assessment(PackageContent content, String assessmentId) {
        return content.assessments().stream().filter(a -> a.id().equals(assessmentId)).findFirst()
                .orElseThrow(() -> new AnswerRefused(AnswerRefused.Reason.NOT_CURRENT, "No such assessment"));
    }
}
