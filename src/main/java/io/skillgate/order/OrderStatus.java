package io.skillgate.order;

/** Where an order stands. The full lifecycle (invited, in progress, completed, expired) comes with invitations. */
public enum OrderStatus {
    RECEIVED
}
