package io.skillgate.order;

/** A score as SR shows it: raw out of max, min the lowest possible. */
public record Score(int raw, int min, int max) {

    public Score plus(Score other) {
        return new Score(raw + other.raw, min + other.min, max + other.max);
    }

    public static final Score NONE = new Score(0, 0, 0);
}
