package io.skillgate.connection;

/** Whether SmartRecruiters may use a connection. */
public enum ConnectionStatus {
    ACTIVE,
    /** Disabled by SR (the disable endpoint) or by the customer's admin: its credential and tokens are dead. */
    DISABLED
}
