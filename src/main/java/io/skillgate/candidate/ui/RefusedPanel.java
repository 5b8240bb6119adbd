package io.skillgate.candidate.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

import io.skillgate.order.CandidateLinkRefused;

/** A link that opens no assessment: one friendly sentence saying why, never an error page. */
class RefusedPanel extends Div {

    RefusedPanel(CandidateLinkRefused.Reason reason, CandidateTexts texts) {
        Paragraph why = new Paragraph(texts.get("refused." + reason.name()));
        why.setId("candidate-refused");
        add(new H1(texts.get("refused.title")), why);
    }
}
