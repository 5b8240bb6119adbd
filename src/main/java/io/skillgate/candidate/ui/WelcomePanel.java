package io.skillgate.candidate.ui;

import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import io.skillgate.order.CandidateSession;
import io.skillgate.order.CandidateSession.Section;
import io.skillgate.order.CandidateSession.SectionState;

/**
 * The package at a glance, before the first assessment and between two: each assessment with its question count
 * and time limit (or "done"), the link's expiry, and the button that starts the next one.
 */
class WelcomePanel extends Div {

    WelcomePanel(CandidateSession session, CandidateTexts texts, Consumer<Section> start) {
        add(new H1(session.packageName()),
                new Paragraph(texts.get("welcome.greeting", session.candidateFirstName()) + " "
                        + texts.get("welcome.intro", session.packageName())));
        OrderedList parts = new OrderedList();
        parts.addClassName("candidate-parts");
        for (Section section : session.sections()) {
            Span details = new Span(section.state() == SectionState.SUBMITTED ? texts.get("assessment.submitted")
                    : texts.get("assessment.questions", section.questionCount()) + " · " + timeLimit(section, texts));
            details.addClassName("candidate-part-details");
            ListItem item = new ListItem(new Span(section.name()), details);
            item.addClassName("candidate-part");
            parts.add(item);
        }
        add(parts);
        if (session.expiresAt() != null) {
            add(new Paragraph(texts.get("welcome.expiry", texts.dateTime(Objects.requireNonNull(session.expiresAt())))));
        }
        add(new Paragraph(texts.get("welcome.hint")));
        Section next = session.current();
        if (next != null) {
            Button button = new Button(texts.get("start", next.name()), e -> start.accept(next));
            button.setId("candidate-start");
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            button.setDisableOnClick(true);
            button.setWidthFull();
            add(button);
        }
    }

    private static String timeLimit(Section section, CandidateTexts texts) {
        Integer seconds = section.timeLimitSeconds();
        return seconds == null ? texts.get("assessment.untimed")
                : texts.get("assessment.timeLimit", (seconds + 59) / 60);
    }
}
