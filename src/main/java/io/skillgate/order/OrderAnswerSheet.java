package io.skillgate.order;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.skillgate.catalog.QuestionKind;

/**
 * What the candidate answered, question by question, with the points each earned: the recruiter's view of a
 * started or finished order. Sections the candidate has not started are listed without answers.
 */
public record OrderAnswerSheet(List<Section> sections) {

    public OrderAnswerSheet {
        sections = List.copyOf(sections);
    }

    /**
     * One assessment of the package.
     *
     * @param score the section's score once submitted
     */
    public record Section(String assessmentName, @Nullable Instant startedAt, @Nullable Instant submittedAt,
                          @Nullable Score score, @Nullable String scoreLabel, List<Item> items) {

        public Section {
            items = List.copyOf(items);
        }
    }

    /**
     * One question.
     *
     * @param answer   the answer as the candidate saw it (choices by their text); none when not answered
     * @param expected the key, as text: what a right answer is
     */
    public record Item(String prompt, QuestionKind kind, @Nullable String answer, String expected, Score points) {
    }
}
