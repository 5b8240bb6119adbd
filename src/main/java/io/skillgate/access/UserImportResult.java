package io.skillgate.access;

import java.util.List;

/**
 * What an import did (or, in a dry run, would do) with one line.
 *
 * @param email    the line's e-mail as normalized (lower case), or as given when it is not an e-mail address
 * @param messages why the line is an error, or what an update changes; empty otherwise
 */
public record UserImportResult(int line, String email, Outcome outcome, List<String> messages) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, ERROR }

    public UserImportResult {
        messages = List.copyOf(messages);
    }

    public String message() {
        return String.join("; ", messages);
    }
}
