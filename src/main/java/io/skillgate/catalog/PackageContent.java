package io.skillgate.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A package with everything taking it needs: its terms, its assessments in order, their time limits and question
 * banks with answer keys. For the order module (scoring, the candidate's session); never sent to a browser as is.
 */
public record PackageContent(String id, String name, AssessmentType type, PackageTerms terms,
                             List<AssessmentContent> assessments) {

    public PackageContent {
        assessments = List.copyOf(assessments);
    }

    /** @param timeLimitSeconds none: untimed */
    public record AssessmentContent(String id, String name, String description, @Nullable Integer timeLimitSeconds,
                                    List<QuestionDetails> questions) {

        public AssessmentContent {
            questions = List.copyOf(questions);
        }
    }
}
