package io.skillgate.catalog;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A question with its answer key, as an author writes it. {@link #problem()} names what does not fit the kind.
 *
 * @param correctOptions   choice questions: the indexes of the right options
 * @param acceptedAnswers  short-text questions: the answers that score
 * @param numericAnswer    numeric questions: the right value, within {@code tolerance}
 */
public record NewQuestion(
        @NotNull QuestionKind kind,
        @NotBlank @Size(max = 2000) String prompt,
        @Min(1) @Max(100) int points,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 500) String> options,
        @NotNull @Size(max = 20) List<@NotNull Integer> correctOptions,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 200) String> acceptedAnswers,
        @Nullable BigDecimal numericAnswer,
        @Nullable @DecimalMin("0") BigDecimal tolerance) {

    public static NewQuestion singleChoice(String prompt, List<String> options, int correct) {
        return new NewQuestion(QuestionKind.SINGLE_CHOICE, prompt, 1, options, List.of(correct), List.of(), null, null);
    }

    public static NewQuestion multipleChoice(String prompt, List<String> options, List<Integer> correct) {
        return new NewQuestion(QuestionKind.MULTIPLE_CHOICE, prompt, 1, options, correct, List.of(), null, null);
    }

    public static NewQuestion shortText(String prompt, List<String> accepted) {
        return new NewQuestion(QuestionKind.SHORT_TEXT, prompt, 1, List.of(), List.of(), accepted, null, null);
    }

    public static NewQuestion numeric(String prompt, BigDecimal answer, BigDecimal tolerance) {
        return new NewQuestion(QuestionKind.NUMERIC, prompt, 1, List.of(), List.of(), List.of(), answer, tolerance);
    }

    /** What makes this question unanswerable for its kind, if anything. */
    public @Nullable String problem() {
        String code = problemCode();
        return code == null ? null : switch (code) {
            case "choice.options" -> "a choice question needs at least two options";
            case "choice.keys" -> "the right options must be distinct indexes of options";
            case "choice.single" -> "a single-choice question has exactly one right option";
            case "text.accepted" -> "a short-text question needs an accepted answer";
            default -> "a numeric question needs its right value";
        };
    }

    /**
     * The same as {@link #problem()} as a short code: {@code choice.options}, {@code choice.keys},
     * {@code choice.single}, {@code text.accepted} or {@code numeric.value}.
     */
    public @Nullable String problemCode() {
        return switch (kind) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                if (options.size() < 2) {
                    yield "choice.options";
                }
                if (correctOptions.isEmpty() || correctOptions.stream().anyMatch(i -> i < 0 || i >= options.size())
                        || correctOptions.stream().distinct().count() != correctOptions.size()) {
                    yield "choice.keys";
                }
                yield kind == QuestionKind.SINGLE_CHOICE && correctOptions.size() != 1 ? "choice.single" : null;
            }
            case SHORT_TEXT -> acceptedAnswers.isEmpty() ? "text.accepted" : null;
            case NUMERIC -> numericAnswer == null ? "numeric.value" : null;
        };
    }
}
