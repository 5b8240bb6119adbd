package io.skillgate.candidate.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The end: every assessment is submitted. */
class DonePanel extends Div {

    DonePanel(CandidateTexts texts, boolean redirecting) {
        Paragraph text = new Paragraph(texts.get(redirecting ? "done.redirect" : "done.text"));
        text.setId("candidate-done");
        add(new H1(texts.get("done.title")), text);
    }
}
