package io.skillgate.catalog.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.catalog.NewQuestion;
import io.skillgate.catalog.PackageDraft.AssessmentDraft;
import io.skillgate.catalog.PackageDraft.QuestionDraft;
import io.skillgate.catalog.PackageRefused;
import io.skillgate.catalog.QuestionKind;

/** One assessment of the package: name, description, time limit and its question bank. */
class AssessmentEditor extends Div implements ListActions.Numbered {

    private final @Nullable String id;
    private final @Nullable Integer storedSeconds;
    private final H3 heading = new H3();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final IntegerField minutes = new IntegerField();
    private final ListActions<QuestionEditor> questions = new ListActions<>();
    private final Span problem = new Span();

    AssessmentEditor(AssessmentDraft draft, ListActions<AssessmentEditor> actions) {
        this.id = draft.id();
        this.storedSeconds = draft.timeLimitSeconds();
        addClassName("assessment-editor");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-m)").set("margin-block", "var(--lumo-space-m)");
        name.setLabel(t("assessment.name"));
        name.setRequiredIndicatorVisible(true);
        name.setWidth("24em");
        name.setValue(draft.name());
        minutes.setLabel(t("assessment.minutes"));
        minutes.setHelperText(t("assessment.minutes.help"));
        minutes.setMin(1);
        minutes.setValue(storedSeconds == null ? null : (storedSeconds + 59) / 60);
        description.setLabel(t("assessment.description"));
        description.setWidthFull();
        description.setValue(draft.description());
        HorizontalLayout head = new HorizontalLayout(heading, ListActions.buttons(this, actions, "assessment"));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        heading.getStyle().set("margin-inline-end", "auto");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        draft.questions().forEach(this::addQuestion);
        Button add = new Button(t("question.add"), VaadinIcon.PLUS.create(), e -> addQuestion(new QuestionDraft(null,
                new NewQuestion(QuestionKind.SINGLE_CHOICE, "", 1, List.of("", ""), List.of(), List.of(), null, null))));
        add(head, new HorizontalLayout(name, minutes), description, problem, questions.box(), add);
    }

    private void addQuestion(QuestionDraft draft) {
        questions.add(new QuestionEditor(draft, questions));
    }

    @Override
    public void setNumber(int number) {
        heading.setText(t("assessment.heading", number));
    }

    AssessmentDraft value() {
        Integer wanted = minutes.getValue();
        // a stored limit that is no whole number of minutes stays as it is while its rounded value is unchanged
        Integer seconds = wanted == null ? null : storedSeconds != null && (storedSeconds + 59) / 60 == wanted
                ? storedSeconds : wanted * 60;
        return new AssessmentDraft(id, name.getValue(), description.getValue(), seconds,
                questions.items().stream().map(QuestionEditor::value).toList());
    }

    /** Shows the service's refusal at the field of this assessment it names. */
    void showProblem(PackageRefused refused, String message) {
        int question = refused.questionIndex();
        if (question >= 0 && question < questions.items().size()) {
            questions.items().get(question).showProblem(refused.field(), message);
        } else if (refused.field().endsWith("timeLimitSeconds")) {
            minutes.setInvalid(true);
            minutes.setErrorMessage(message);
        } else if (refused.field().endsWith(".name")) {
            name.setInvalid(true);
            name.setErrorMessage(message);
        } else {
            problem.setText(message);
        }
    }

    void clearProblems() {
        problem.setText("");
        name.setInvalid(false);
        minutes.setInvalid(false);
        questions.items().forEach(QuestionEditor::clearProblem);
    }

    private static String t(String key, Object... params) {
        return Texts.get(key, params);
    }
}
