package io.skillgate.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * What a package edited in the portal must satisfy; each broken rule is a {@link PackageRefused} naming the field.
 * <ul>
 * <li>the constraints of {@link PackageDraft} (lengths, ranges);</li>
 * <li>every question has a usable answer key ({@link NewQuestion#problemCode()});</li>
 * <li>the first reminder comes before the link expires: {@code reminderHours < invitationDays × 24} when reminders
 * are sent;</li>
 * <li><b>an active package is orderable</b>: it has at least one assessment and every assessment at least one
 * question (an archived package may be incomplete: that is how a draft is kept);</li>
 * <li><b>an {@code INLINE_ASSESSMENT} package is short enough to take during the application</b>: every assessment
 * has a time limit, together at most {@value #INLINE_MAX_MINUTES} minutes, and at most
 * {@value #INLINE_MAX_QUESTIONS} questions in all.</li>
 * </ul>
 */
final class PackageRules {

    static final int INLINE_MAX_MINUTES = 15;
    static final int INLINE_MAX_QUESTIONS = 10;

    private PackageRules() {
    }

    static void check(Validator validator, PackageDraft draft, boolean active) {
        validator.validate(draft).stream()
                .min(Comparator.comparing((ConstraintViolation<PackageDraft> v) -> v.getPropertyPath().toString())
                        .thenComparing(ConstraintViolation::getMessage))
                .ifPresent(v -> {
                    throw new PackageRefused(v.getPropertyPath().toString(), "constraint", v.getMessage(),
                            v.getMessage());
                });
        List<PackageDraft.AssessmentDraft> assessments = draft.assessments();
        for (int a = 0; a < assessments.size(); a++) {
            List<PackageDraft.QuestionDraft> questions = assessments.get(a).questions();
            for (int q = 0; q < questions.size(); q++) {
                NewQuestion question = questions.get(q).question();
                String code = question.problemCode();
                if (code != null) {
                    throw new PackageRefused("assessments[%d].questions[%d]".formatted(a, q), code,
                            Objects.requireNonNull(question.problem()), a + 1, q + 1);
                }
            }
        }
        PackageTerms terms = draft.terms();
        if (terms.maxReminders() > 0 && terms.reminderHours() >= terms.invitationDays() * 24) {
            throw new PackageRefused("terms.reminderHours", "terms.reminderTooEarly",
                    "the first reminder must come before the link expires (less than %d hours)"
                            .formatted(terms.invitationDays() * 24), terms.invitationDays() * 24);
        }
        if (active) {
            if (assessments.isEmpty()) {
                throw new PackageRefused("assessments", "active.noAssessment",
                        "an active package needs at least one assessment (archive it to keep it as a draft)");
            }
            for (int a = 0; a < assessments.size(); a++) {
                if (assessments.get(a).questions().isEmpty()) {
                    throw new PackageRefused("assessments[%d]".formatted(a), "active.noQuestion",
                            "every assessment of an active package needs at least one question (archive the "
                                    + "package to keep it as a draft)", a + 1, assessments.get(a).name());
                }
            }
        }
        if (draft.type() == AssessmentType.INLINE_ASSESSMENT) {
            checkInline(assessments, draft.questionCount());
        }
    }

    private static void checkInline(List<PackageDraft.AssessmentDraft> assessments, int questionCount) {
        int seconds = 0;
        for (int a = 0; a < assessments.size(); a++) {
            Integer limit = assessments.get(a).timeLimitSeconds();
            if (limit == null) {
                throw new PackageRefused("assessments[%d].timeLimitSeconds".formatted(a), "inline.untimed",
                        "every assessment of an inline package needs a time limit", a + 1);
            }
            seconds += limit;
        }
        if (seconds > INLINE_MAX_MINUTES * 60) {
            throw new PackageRefused("assessments", "inline.tooLong",
                    "an inline package takes at most %d minutes in all (this one: %d:%02d)"
                            .formatted(INLINE_MAX_MINUTES, seconds / 60, seconds % 60),
                    INLINE_MAX_MINUTES, seconds / 60);
        }
        if (questionCount > INLINE_MAX_QUESTIONS) {
            throw new PackageRefused("assessments", "inline.tooManyQuestions",
                    "an inline package has at most %d questions (this one: %d)"
                            .formatted(INLINE_MAX_QUESTIONS, questionCount), INLINE_MAX_QUESTIONS, questionCount);
        }
    }
}
