package io.skillgate.order;

/** The orders grid's sort keys; each ends with the order's id so pages never overlap. */
public enum OrderSort {
    RECEIVED("o.received_at"),
    CANDIDATE("o.candidate_last_name %1$s, o.candidate_first_name"),
    STATUS("o.status %1$s, o.received_at"),
    JOB("o.job_title"),
    /** By the share of the possible points, so 5 of 6 ranks above 8 of 12. */
    SCORE("(o.score_raw - o.score_min) / NULLIF(o.score_max - o.score_min, 0)");

    private final String columns;

    OrderSort(String columns) {
        this.columns = columns;
    }

    /** The SQL {@code ORDER BY} for this key. */
    public String orderBy(boolean descending) {
        String direction = descending ? "DESC" : "ASC";
        return columns.formatted(direction) + " " + direction + ", o.id " + direction;
    }
}
