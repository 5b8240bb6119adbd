package io.skillgate.catalog;

/** The assessment types SmartRecruiters knows; a package and each of its assessments has one. */
public enum AssessmentType {
    VIDEO_INTERVIEW,
    BEHAVIORAL_ASSESSMENT,
    BACKGROUND_CHECK,
    REFERENCE_CHECK,
    SKILL_TEST,
    INLINE_ASSESSMENT
}
