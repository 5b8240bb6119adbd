package io.skillgate.catalog;

/** What taking an order needs to know of an active package: its type and how long its invitations last. */
public record OrderablePackage(AssessmentType type, int invitationDays) {
}
