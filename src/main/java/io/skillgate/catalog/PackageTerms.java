package io.skillgate.catalog;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * How a package's invitations behave and how its results are labelled.
 *
 * @param invitationDays a candidate's link works this many days after the invitation (or re-send)
 * @param reminderHours  the first reminder goes this many hours before the link expires
 * @param maxReminders   at most this many reminders, spread evenly between the first one and the expiry
 * @param scoreBands     labels by percentage of the maximum score; the highest band reached names the result
 */
public record PackageTerms(@Min(1) @Max(90) int invitationDays, @Min(1) @Max(2160) int reminderHours,
                           @Min(0) @Max(10) int maxReminders,
                           @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull ScoreBand> scoreBands) {

    public static final PackageTerms DEFAULT = new PackageTerms(7, 48, 1, List.of(new ScoreBand(80, "Strong"),
            new ScoreBand(50, "Good"), new ScoreBand(0, "Needs improvement")));

    public PackageTerms {
        scoreBands = scoreBands.stream().sorted(Comparator.comparingInt(ScoreBand::fromPercent).reversed()).toList();
    }

    /** The label of a score: the highest band it reaches; none when no band starts at or below it. */
    public @Nullable String label(int raw, int min, int max) {
        int percent = max <= min ? 100 : (int) Math.floor(100.0 * (raw - min) / (max - min));
        return scoreBands.stream().filter(b -> percent >= b.fromPercent()).map(ScoreBand::label).findFirst()
                .orElse(null);
    }
}
