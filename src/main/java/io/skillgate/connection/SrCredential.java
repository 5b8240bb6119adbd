package io.skillgate.connection;

/** SR's customer-level credential for calling SR on one company's behalf (results, candidate reads). */
public record SrCredential(String clientId, String clientSecret) {

    @Override
    public String toString() {
        return "SrCredential[clientId=" + clientId + ", clientSecret=****]";
    }
}
