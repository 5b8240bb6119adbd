package io.skillgate.order.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import io.skillgate.catalog.QuestionDetails;
import io.skillgate.catalog.QuestionKind;
import io.skillgate.order.Score;

/**
 * Scores answers against a question's key. All or nothing per question: a multiple-choice answer scores when it
 * picks exactly the right options; short text matches an accepted answer ignoring case and spacing; a number
 * scores within the tolerance (a decimal comma is read as a point).
 */
public final class Scoring {

    private Scoring() {
    }

    public static Score score(QuestionDetails question, @Nullable String answer) {
        return new Score(answer != null && correct(question, answer) ? question.points() : 0, 0, question.points());
    }

    public static Score score(List<QuestionDetails> questions, java.util.Map<String, String> answers) {
        return questions.stream().map(q -> score(q, answers.get(q.id()))).reduce(new Score(0, 0, 0), Score::plus);
    }

    /** Whether {@code answer} is a well-formed answer to the question (not whether it is right). */
    public static boolean wellFormed(QuestionDetails question, String answer) {
        Set<Integer> picked = choices(answer);
        return switch (question.kind()) {
            case SINGLE_CHOICE -> picked != null && picked.size() <= 1
                    && picked.stream().allMatch(i -> i < question.options().size());
            case MULTIPLE_CHOICE -> picked != null && picked.stream().allMatch(i -> i < question.options().size());
            case SHORT_TEXT -> answer.length() <= 2000;
            case NUMERIC -> answer.isBlank() || number(answer) != null;
        };
    }

    private static boolean correct(QuestionDetails question, String answer) {
        return switch (question.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                Set<Integer> picked = choices(answer);
                yield picked != null && !picked.isEmpty() && picked.equals(new TreeSet<>(question.correctOptions()));
            }
            case SHORT_TEXT -> question.acceptedAnswers().stream().map(Scoring::normalized)
                    .anyMatch(normalized(answer)::equals);
            case NUMERIC -> {
                BigDecimal given = number(answer);
                BigDecimal right = question.numericAnswer();
                BigDecimal tolerance = question.tolerance() == null ? BigDecimal.ZERO : question.tolerance();
                yield given != null && right != null && given.subtract(right).abs().compareTo(tolerance) <= 0;
            }
        };
    }

    /** The answer as the candidate saw it: choices by their text, anything else as given. */
    public static String display(QuestionDetails question, String answer) {
        if (question.kind() != QuestionKind.SINGLE_CHOICE && question.kind() != QuestionKind.MULTIPLE_CHOICE) {
            return answer;
        }
        Set<Integer> picked = choices(answer);
        return picked == null ? answer : options(question, picked);
    }

    /** The answer key as text. */
    public static String expected(QuestionDetails question) {
        return switch (question.kind()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> options(question, new TreeSet<>(question.correctOptions()));
            case SHORT_TEXT -> String.join(" | ", question.acceptedAnswers());
            case NUMERIC -> question.numericAnswer() == null ? "" : question.numericAnswer().toPlainString()
                    + (question.tolerance() == null || question.tolerance().signum() == 0 ? ""
                    : " ± " + question.tolerance().toPlainString());
        };
    }

    private static String options(QuestionDetails question, Set<Integer> picked) {
        return picked.stream().filter(i -> i < question.options().size()).map(question.options()::get)
                .collect(Collectors.joining("; "));
    }

    /** "0,2" → {0, 2}; empty for a blank answer; null when not a list of option indexes. */
    private static @Nullable Set<Integer> choices(String answer) {
        if (answer.isBlank()) {
            return Set.of();
        }
        try {
            Set<Integer> picked = Arrays.stream(answer.split(",")).map(String::strip).map(Integer::valueOf)
                    .collect(Collectors.toCollection(TreeSet::new));
            return picked.stream().anyMatch(i -> i < 0) ? null : picked;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable BigDecimal number(String answer) {
        String text = answer.strip().replace(" ", "");
        if (text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        if (text.isEmpty() || text.length() > 40) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
