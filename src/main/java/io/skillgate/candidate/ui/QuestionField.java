package io.skillgate.candidate.ui;

import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AbstractField.ComponentValueChangeEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import io.skillgate.order.CandidateSession.QuestionView;

/**
 * One question with the input its kind needs; each change by the candidate is handed to a {@link Saver} at once, in
 * the engine's answer format: single choice "2", multiple choice "0,3", short text as typed, numeric as typed.
 */
class QuestionField extends Div {

    enum Outcome { SAVED, INVALID, REFUSED }

    /** Saves one answer; {@link Outcome#REFUSED} when the page was re-rendered instead (e.g. time up). */
    interface Saver extends Serializable {
        Outcome save(String questionId, String answer);
    }

    private final QuestionView question;
    private final CandidateTexts texts;
    private final Saver saver;
    private final Component input;
    private String answer;

    QuestionField(QuestionView question, int number, @Nullable String saved, CandidateTexts texts, Saver saver) {
        this.question = question;
        this.texts = texts;
        this.saver = saver;
        this.answer = saved == null ? "" : saved;
        addClassName("candidate-question");
        H3 heading = new H3(texts.get("question.number", number));
        Paragraph prompt = new Paragraph(question.prompt());
        prompt.getStyle().set("white-space", "pre-line");
        add(heading, prompt);
        input = switch (question.kind()) {
            case SINGLE_CHOICE -> singleChoice();
            case MULTIPLE_CHOICE -> multipleChoice();
            case SHORT_TEXT -> text(false);
            case NUMERIC -> text(true);
        };
        input.setId("question-" + question.id());
        add(input);
    }

    boolean isAnswered() {
        return !answer.isBlank();
    }

    private Component singleChoice() {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(indexes());
        group.setItemLabelGenerator(question.options()::get);
        parse(answer).stream().findFirst().ifPresent(group::setValue);
        group.addValueChangeListener(e -> changed(e, e.getValue() == null ? "" : e.getValue().toString()));
        return group;
    }

    private Component multipleChoice() {
        CheckboxGroup<Integer> group = new CheckboxGroup<>();
        group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        group.setHelperText(texts.get("question.multiple"));
        group.setItems(indexes());
        group.setItemLabelGenerator(question.options()::get);
        group.setValue(parse(answer));
        group.addValueChangeListener(e -> changed(e, e.getValue().stream().sorted().map(String::valueOf)
                .collect(Collectors.joining(","))));
        return group;
    }

    private Component text(boolean numeric) {
        TextField field = new TextField();
        field.setWidthFull();
        field.setAriaLabel(texts.get("question.text"));
        field.setPlaceholder(texts.get(numeric ? "question.number.placeholder" : "question.text"));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(600);
        if (numeric) {
            field.setAllowedCharPattern("[0-9.,\\- ]");
            field.getElement().setAttribute("inputmode", "decimal");
        } else {
            field.setMaxLength(2000);
        }
        field.setValue(answer);
        field.addValueChangeListener(e -> changed(e, e.getValue()));
        return field;
    }

    private void changed(ComponentValueChangeEvent<?, ?> event, String text) {
        if (!event.isFromClient()) {
            return;
        }
        Outcome outcome = saver.save(question.id(), text);
        if (outcome == Outcome.SAVED) {
            answer = text;
        }
        if (outcome != Outcome.REFUSED && input instanceof HasValidation validated) {
            validated.setInvalid(outcome == Outcome.INVALID);
            validated.setErrorMessage(outcome == Outcome.INVALID ? texts.get(
                    question.kind() == io.skillgate.catalog.QuestionKind.NUMERIC ? "answer.notNumber"
                            : "answer.invalid") : null);
        }
    }

    private java.util.List<Integer> indexes() {
        return IntStream.range(0, question.options().size()).boxed().toList();
    }

    private static Set<Integer> parse(String saved) {
        if (saved.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(saved.split(",")).map(String::strip).map(Integer::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
