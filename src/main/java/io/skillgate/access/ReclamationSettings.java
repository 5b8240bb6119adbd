package io.skillgate.access;

/**
 * A company's reclamation rule.
 *
 * @param inactiveDays users without activity for this many days are candidates; 0 turns the rule off
 */
public record ReclamationSettings(int inactiveDays, ReclamationMode mode) {

    /** What a company without a rule of its own gets: 60 days, list only. */
    public static final ReclamationSettings DEFAULT = new ReclamationSettings(60, ReclamationMode.LIST_ONLY);
    public static final int MAX_DAYS = 3650;

    public boolean on() {
        return inactiveDays > 0;
    }
}
