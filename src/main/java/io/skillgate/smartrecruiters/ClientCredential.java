package io.skillgate.smartrecruiters;

/** A client id and secret at SR's token endpoint (the partner's master one, or SR's per-customer one). */
public record ClientCredential(String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "ClientCredential[clientId=" + clientId + ", clientSecret=****]";
    }
}
