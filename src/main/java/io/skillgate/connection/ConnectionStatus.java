package io.skillgate.connection;

/** Whether SmartRecruiters may use a connection. */
public enum ConnectionStatus {
    /** A grant in progress: we are telling SR about the credential; SR cannot use it yet. */
    PENDING,
    ACTIVE,
    /** Disabled by SR (the disable endpoint) or by the customer's admin: its credential and tokens are dead. */
    DISABLED
}
