package io.skillgate.catalog;

/** The kinds of question the candidate engine asks and scores. */
public enum QuestionKind {
    /** one right option among several */
    SINGLE_CHOICE,
    /** every right option and no wrong one */
    MULTIPLE_CHOICE,
    /** free text matched against accepted answers (trimmed, case- and space-insensitive) */
    SHORT_TEXT,
    /** a number within a tolerance of the right value */
    NUMERIC
}
