package io.skillgate.smartrecruiters;

import io.skillgate.connection.SrCredential;

/** A client id and secret at SR's token endpoint (the partner's master one, or SR's per-customer one). */
public record ClientCredential(String clientId, String clientSecret) {

    /** SR's credential for a connected company, as the connection keeps it. */
    public static ClientCredential of(SrCredential stored) {
        return new ClientCredential(stored.clientId(), stored.clientSecret());
    }

    @Override
    public String toString() {
        return "ClientCredential[clientId=" + clientId + ", clientSecret=****]";
    }
}
