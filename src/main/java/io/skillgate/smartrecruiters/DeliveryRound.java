package io.skillgate.smartrecruiters;

/**
 * What one run of the delivery job did.
 *
 * @param delivered rows SR accepted
 * @param retrying  rows that failed and wait for their next attempt
 * @param failed    rows given up (their orders are flagged for attention)
 */
public record DeliveryRound(int delivered, int retrying, int failed) {

    public int handled() {
        return delivered + retrying + failed;
    }
}
