package io.skillgate.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.skillgate.catalog.QuestionKind;

/**
 * What the candidate's page shows: the package's assessments in order, each not started, open (with its questions,
 * the answers saved so far and its deadline) or submitted. Never holds an answer key.
 *
 * @param language             the candidate's application language as SR sent it (may be absent)
 * @param completedCallbackUrl inline orders: where the candidate goes once done
 */
public record CandidateSession(String orderId, OrderKind kind, OrderStatus status, String candidateFirstName,
                               @Nullable String language, String packageName, @Nullable Instant expiresAt,
                               List<Section> sections, @Nullable String completedCallbackUrl) {

    public CandidateSession {
        sections = List.copyOf(sections);
    }

    /** The first assessment not yet submitted; none when all are. */
    public @Nullable Section current() {
        return sections.stream().filter(s -> s.state() != SectionState.SUBMITTED).findFirst().orElse(null);
    }

    public boolean finished() {
        return status == OrderStatus.COMPLETED;
    }

    public enum SectionState { NOT_STARTED, OPEN, SUBMITTED }

    /**
     * @param deadline  open sections with a time limit: when the server stops taking answers
     * @param questions open sections only
     * @param answers   open sections only: the saved answers by question id
     */
    public record Section(String assessmentId, String name, String description, @Nullable Integer timeLimitSeconds,
                          int questionCount, SectionState state, @Nullable Instant deadline,
                          List<QuestionView> questions, Map<String, String> answers) {

        public Section {
            questions = List.copyOf(questions);
            answers = Map.copyOf(answers);
        }
    }

    /** A question as the candidate sees it. */
    public record QuestionView(String id, QuestionKind kind, String prompt, int points, List<String> options) {

        public QuestionView {
            options = List.copyOf(options);
        }
    }
}
