package io.skillgate.candidate.ui;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import io.skillgate.order.AnswerRefused;
import io.skillgate.order.AttemptService;
import io.skillgate.order.CandidateLinkRefused;
import io.skillgate.order.CandidateSession;
import io.skillgate.order.CandidateSession.Section;
import io.skillgate.order.CandidateSession.SectionState;
import io.skillgate.order.OrderKind;

/**
 * The candidate's link {@code /assessment/<token>}: welcome, each assessment in turn, thank you. Every step goes
 * to {@link AttemptService} and the page shows the session it answers, so a reload resumes exactly where the
 * candidate was, and the server alone decides about time limits. No portal navigation: a plain column that
 * works on a phone.
 */
@Route(value = "assessment/:token", autoLayout = false)
@AnonymousAllowed
public class CandidateAssessmentView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AttemptService attempts;
    private final transient Clock clock;
    private String token = "";
    private CandidateTexts texts = CandidateTexts.forLanguage(null);
    private @Nullable CandidateSession last;
    private @Nullable String notice;

    public CandidateAssessmentView(AttemptService attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
        CandidateFrame.apply(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        last = null;
        texts = CandidateTexts.forLanguage(UI.getCurrent().getLocale().getLanguage());
        step(() -> attempts.open(token));
    }

    @Override
    public String getPageTitle() {
        return texts.get("title");
    }

    /** Runs one step of the engine and shows where it leaves the candidate. */
    private void step(Supplier<CandidateSession> action) {
        try {
            show(action.get());
        } catch (AnswerRefused refused) {
            refused(refused);
        } catch (CandidateLinkRefused refused) {
            refused(refused);
        }
    }

    /** Out of sequence (another tab moved on) or time up: the server's state is what counts. */
    private void refused(AnswerRefused refused) {
        if (refused.reason() == AnswerRefused.Reason.TIME_UP) {
            timeUp();
        } else {
            step(() -> attempts.open(token));
        }
    }

    private void refused(CandidateLinkRefused refused) {
        CandidateSession known = last;
        if (refused.reason() == CandidateLinkRefused.Reason.FINISHED && known != null) {
            done(known); // finished on this page (e.g. the last assessment's time ran out)
        } else {
            replace(new RefusedPanel(refused.reason(), texts));
        }
    }

    private void show(CandidateSession session) {
        last = session;
        texts = CandidateTexts.forLanguage(session.language());
        UI.getCurrent().setLocale(texts.locale());
        Section current = session.current();
        if (session.finished() || current == null) {
            done(session);
        } else if (current.state() == SectionState.OPEN) {
            replace(new SectionPanel(current, session.sections().indexOf(current) + 1, session.sections().size(),
                    texts, clock, new Actions(current)));
        } else {
            replace(new WelcomePanel(session, texts,
                    next -> step(() -> attempts.start(token, next.assessmentId()))));
        }
    }

    private void done(CandidateSession session) {
        String callback = session.completedCallbackUrl();
        boolean redirect = session.kind() == OrderKind.INLINE && callback != null
                && (callback.startsWith("https://") || callback.startsWith("http://"));
        replace(new DonePanel(texts, redirect));
        if (redirect) {
            UI.getCurrent().getPage().setLocation(Objects.requireNonNull(callback));
        }
    }

    /** The open assessment's time ran out: say so and show what the server says comes next. */
    private void timeUp() {
        CandidateSession known = last;
        Section current = known == null ? null : known.current();
        notice = texts.get("timeUp", current == null ? "" : current.name());
        step(() -> attempts.open(token));
    }

    private void replace(Component panel) {
        removeAll();
        if (notice != null) {
            Paragraph message = new Paragraph(notice);
            message.setId("candidate-notice");
            message.addClassName("candidate-notice");
            message.getStyle().set("font-weight", "600").set("color", "var(--lumo-error-text-color)");
            add(message);
            notice = null;
        }
        add(panel);
    }

    /** The open section's steps: answers, submit, time up. */
    private final class Actions implements SectionPanel.Actions {

        private final Section section;

        private Actions(Section section) {
            this.section = section;
        }

        @Override
        public QuestionField.Outcome save(String questionId, String answer) {
            try {
                last = attempts.answer(token, questionId, answer);
                return QuestionField.Outcome.SAVED;
            } catch (AnswerRefused refused) {
                if (refused.reason() == AnswerRefused.Reason.INVALID) {
                    return QuestionField.Outcome.INVALID;
                }
                refused(refused);
                return QuestionField.Outcome.REFUSED;
            } catch (CandidateLinkRefused refused) {
                refused(refused);
                return QuestionField.Outcome.REFUSED;
            }
        }

        @Override
        public void submit() {
            step(() -> attempts.submit(token, section.assessmentId()));
        }

        @Override
        public void timeUp() {
            CandidateAssessmentView.this.timeUp();
        }
    }
}
