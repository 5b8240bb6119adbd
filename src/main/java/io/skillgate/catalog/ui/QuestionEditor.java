package io.skillgate.catalog.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.catalog.NewQuestion;
import io.skillgate.catalog.PackageDraft.QuestionDraft;
import io.skillgate.catalog.QuestionKind;

/**
 * One question of a bank with its answer key: the kind, the prompt, the points and what the kind needs (options
 * with the right ones ticked, accepted answers one per line, or the right number and its tolerance).
 */
class QuestionEditor extends Div implements ListActions.Numbered {

    private final @Nullable String id;
    private final H4 heading = new H4();
    private final Select<QuestionKind> kind = new Select<>();
    private final TextArea prompt = new TextArea();
    private final IntegerField points = new IntegerField();
    private final Div choices = new Div();
    private final List<OptionRow> options = new ArrayList<>();
    private final Div optionRows = new Div();
    private final TextArea accepted = new TextArea();
    private final HorizontalLayout numeric = new HorizontalLayout();
    private final BigDecimalField answer = new BigDecimalField();
    private final BigDecimalField tolerance = new BigDecimalField();
    private final Span problem = new Span();

    QuestionEditor(QuestionDraft draft, ListActions<QuestionEditor> actions) {
        this.id = draft.id();
        NewQuestion q = draft.question();
        addClassName("question-editor");
        getStyle().set("border-top", "1px solid var(--lumo-contrast-10pct)").set("padding-top", "var(--lumo-space-s)");
        kind.setLabel(t("question.kind"));
        kind.setItems(QuestionKind.values());
        kind.setItemLabelGenerator(k -> t("kind." + k.name()));
        kind.setValue(q.kind());
        kind.addValueChangeListener(e -> showKind());
        prompt.setLabel(t("question.prompt"));
        prompt.setWidthFull();
        prompt.setValue(q.prompt());
        points.setLabel(t("question.points"));
        points.setMin(1);
        points.setMax(100);
        points.setStepButtonsVisible(true);
        points.setValue(q.points());
        HorizontalLayout head = new HorizontalLayout(heading, ListActions.buttons(this, actions, "question"));
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        heading.getStyle().set("margin-inline-end", "auto");

        for (int i = 0; i < q.options().size(); i++) {
            addOption(q.options().get(i), q.correctOptions().contains(i));
        }
        if (q.options().isEmpty()) {
            addOption("", false);
            addOption("", false);
        }
        Button addOption = new Button(t("question.option.add"), e -> addOption("", false).text.focus());
        addOption.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        choices.add(optionRows, addOption);

        accepted.setLabel(t("question.accepted"));
        accepted.setHelperText(t("question.accepted.help"));
        accepted.setWidthFull();
        accepted.setValue(String.join("\n", q.acceptedAnswers()));
        answer.setLabel(t("question.numeric.answer"));
        answer.setValue(q.numericAnswer());
        tolerance.setLabel(t("question.numeric.tolerance"));
        tolerance.setHelperText(t("question.numeric.tolerance.help"));
        tolerance.setValue(q.tolerance());
        numeric.add(answer, tolerance);

        problem.addClassName("problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(head, new HorizontalLayout(kind, points), prompt, choices, accepted, numeric, problem);
        showKind();
    }

    @Override
    public void setNumber(int number) {
        heading.setText(t("question.heading", number));
    }

    private OptionRow addOption(String text, boolean correct) {
        OptionRow row = new OptionRow(text, correct);
        options.add(row);
        optionRows.add(row);
        renumberOptions();
        return row;
    }

    private void renumberOptions() {
        for (int i = 0; i < options.size(); i++) {
            options.get(i).text.setLabel(t("question.option", i + 1));
        }
    }

    private void showKind() {
        QuestionKind current = kind.getValue();
        choices.setVisible(current == QuestionKind.SINGLE_CHOICE || current == QuestionKind.MULTIPLE_CHOICE);
        accepted.setVisible(current == QuestionKind.SHORT_TEXT);
        numeric.setVisible(current == QuestionKind.NUMERIC);
    }

    QuestionDraft value() {
        QuestionKind current = kind.getValue();
        boolean choice = current == QuestionKind.SINGLE_CHOICE || current == QuestionKind.MULTIPLE_CHOICE;
        List<String> optionTexts = choice ? options.stream().map(o -> o.text.getValue()).toList() : List.of();
        List<Integer> correct = choice ? IntStream.range(0, options.size()).filter(i -> options.get(i).correct
                .getValue()).boxed().toList() : List.of();
        List<String> acceptedAnswers = current == QuestionKind.SHORT_TEXT ? Arrays.stream(accepted.getValue()
                .split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList() : List.of();
        BigDecimal right = current == QuestionKind.NUMERIC ? answer.getValue() : null;
        BigDecimal within = current == QuestionKind.NUMERIC ? tolerance.getValue() : null;
        return new QuestionDraft(id, new NewQuestion(current, prompt.getValue(),
                points.getValue() == null ? 0 : points.getValue(), optionTexts, correct, acceptedAnswers, right,
                within));
    }

    void showProblem(String field, String message) {
        problem.setText(message);
        if (field.endsWith(".prompt")) {
            prompt.setInvalid(true);
            prompt.setErrorMessage(message);
        } else if (field.endsWith(".points")) {
            points.setInvalid(true);
            points.setErrorMessage(message);
        }
    }

    void clearProblem() {
        problem.setText("");
        prompt.setInvalid(false);
        points.setInvalid(false);
    }

    private static String t(String key, Object... params) {
        return Texts.get(key, params);
    }

    /** An option with its "right answer" box; in a single-choice question ticking one unticks the others. */
    private final class OptionRow extends HorizontalLayout {

        private final Checkbox correct = new Checkbox(t("question.option.correct"));
        private final TextField text = new TextField();

        private OptionRow(String value, boolean right) {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            text.setValue(value);
            text.setWidth("24em");
            correct.setValue(right);
            correct.addValueChangeListener(e -> {
                if (e.getValue() && kind.getValue() == QuestionKind.SINGLE_CHOICE) {
                    options.stream().filter(o -> o != this).forEach(o -> o.correct.setValue(false));
                }
            });
            Button remove = new Button(t("question.option.remove"), e -> {
                options.remove(this);
                optionRows.remove(this);
                renumberOptions();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(text, correct, remove);
        }
    }
}
