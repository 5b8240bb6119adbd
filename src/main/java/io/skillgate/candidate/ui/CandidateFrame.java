package io.skillgate.candidate.ui;

import com.vaadin.flow.component.Component;

/** The candidate's page frame: one readable column, large text, no navigation (also the admins' preview). */
final class CandidateFrame {

    private CandidateFrame() {
    }

    static void apply(Component view) {
        view.addClassName("candidate-view");
        view.getStyle().set("max-width", "40rem").set("margin", "0 auto").set("padding", "var(--lumo-space-m)")
                .set("box-sizing", "border-box").set("font-size", "var(--lumo-font-size-l)");
    }
}
