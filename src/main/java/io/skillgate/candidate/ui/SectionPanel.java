package io.skillgate.candidate.ui;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;

import io.skillgate.order.CandidateSession.QuestionView;
import io.skillgate.order.CandidateSession.Section;

/**
 * The open assessment: all its questions on one page, each answer saved as it changes (a small "saved" note says
 * so), a countdown to the server's deadline when it is timed, and Submit (asking first if questions are open).
 * The countdown polls the server each second; at zero the page asks {@code timeUp} to reload from the server,
 * which is the authority on the deadline.
 */
class SectionPanel extends Div {

    /** What the page does for the panel. */
    interface Actions extends Serializable {
        QuestionField.Outcome save(String questionId, String answer);

        void submit();

        void timeUp();
    }

    private final Section section;
    private final CandidateTexts texts;
    private final Clock clock;
    private final Actions actions;
    private final List<QuestionField> fields = new ArrayList<>();
    private final Span saved = new Span();
    private final Span timer = new Span();
    private @Nullable Registration poll;

    SectionPanel(Section section, int number, int total, CandidateTexts texts, Clock clock, Actions actions) {
        this.section = section;
        this.texts = texts;
        this.clock = clock;
        this.actions = actions;
        Paragraph progress = new Paragraph(texts.get("section.progress", number, total));
        progress.addClassName("candidate-progress");
        add(progress, new H1(section.name()));
        if (!section.description().isBlank()) {
            add(new Paragraph(section.description()));
        }
        timer.setId("candidate-timer");
        timer.addClassName("candidate-timer");
        timer.setVisible(section.deadline() != null);
        saved.setId("candidate-saved");
        saved.addClassName("candidate-saved");
        Div status = new Div(timer, saved);
        status.addClassName("candidate-status");
        // timer left, "saved" right
        status.getStyle().set("display", "flex").set("justify-content", "space-between").set("gap", "1em");
        add(status);
        int n = 0;
        for (QuestionView question : section.questions()) {
            QuestionField field = new QuestionField(question, ++n, section.answers().get(question.id()), texts,
                    this::save);
            fields.add(field);
            add(field);
        }
        Button submit = new Button(texts.get("submit"), e -> confirmSubmit());
        submit.setId("candidate-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        add(submit);
        tick(false);
    }

    private QuestionField.Outcome save(String questionId, String answer) {
        QuestionField.Outcome outcome = actions.save(questionId, answer);
        saved.setText(switch (outcome) {
            case SAVED -> texts.get("answer.saved");
            case INVALID -> texts.get("answer.failed");
            case REFUSED -> "";
        });
        return outcome;
    }

    private void confirmSubmit() {
        long open = fields.stream().filter(f -> !f.isAnswered()).count();
        if (open == 0) {
            actions.submit();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(texts.get("submit.confirm.title"),
                texts.get("submit.confirm.text", open, fields.size()), texts.get("submit.confirm.ok"),
                e -> actions.submit());
        confirm.setCancelable(true);
        confirm.setCancelText(texts.get("submit.confirm.cancel"));
        confirm.open();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (section.deadline() != null) {
            UI ui = event.getUI();
            ui.setPollInterval(1000);
            poll = ui.addPollListener(e -> tick(true));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
            poll = null;
            event.getUI().setPollInterval(-1);
        }
    }

    /** Shows the time left; at zero (on a poll) hands over to the page. */
    private void tick(boolean polled) {
        Instant deadline = section.deadline();
        if (deadline == null) {
            return;
        }
        Duration left = Duration.between(clock.instant(), deadline);
        timer.setText(texts.get("timer", CandidateTexts.countdown(left)));
        if (polled && (left.isZero() || left.isNegative())) {
            actions.timeUp();
        }
    }
}
