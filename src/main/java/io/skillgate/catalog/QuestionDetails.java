package io.skillgate.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A stored question with its answer key. The key never leaves the server: the candidate pages get the prompt and
 * options only (the order module scores).
 *
 * @param id the public id
 */
public record QuestionDetails(String id, QuestionKind kind, String prompt, int points, List<String> options,
                              List<Integer> correctOptions, List<String> acceptedAnswers,
                              @Nullable BigDecimal numericAnswer, @Nullable BigDecimal tolerance) {

    public QuestionDetails {
        options = List.copyOf(options);
        correctOptions = List.copyOf(correctOptions);
        acceptedAnswers = List.copyOf(acceptedAnswers);
    }
}
