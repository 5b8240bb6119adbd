package io.skillgate.access;

/** What a company's reclamation rule does with users inactive for too long. */
public enum ReclamationMode {
    /** The users page lists them; an admin deactivates whom they choose. */
    LIST_ONLY,
    /** Also the daily job deactivates them (never admins) and mails the company's admins a summary. */
    AUTOMATIC
}
