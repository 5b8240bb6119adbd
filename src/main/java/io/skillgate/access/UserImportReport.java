package io.skillgate.access;

import java.util.List;

/** Every line's result of one import, in line order; {@code dryRun}: nothing was written. */
public record UserImportReport(boolean dryRun, List<UserImportResult> results) {

    public UserImportReport {
        results = List.copyOf(results);
    }

    public long count(UserImportResult.Outcome outcome) {
        return results.stream().filter(result -> result.outcome() == outcome).count();
    }

    /** Whether applying the same lines would create or change anything. */
    public boolean hasChanges() {
        return count(UserImportResult.Outcome.CREATED) + count(UserImportResult.Outcome.UPDATED) > 0;
    }

    /** "12 created, 3 updated, 80 unchanged, 2 errors", for the audit log and logs. */
    public String summary() {
        return count(UserImportResult.Outcome.CREATED) + " created, " + count(UserImportResult.Outcome.UPDATED)
                + " updated, " + count(UserImportResult.Outcome.UNCHANGED) + " unchanged, "
                + count(UserImportResult.Outcome.ERROR) + " errors";
    }
}
