package io.skillgate.apikey;

/**
 * A key just created.
 *
 * @param token what the caller sends as {@code Authorization: Bearer …}; shown this once, never stored
 */
public record IssuedApiKey(ApiKeySummary key, String token) {

    @Override
    public String toString() {
        return "IssuedApiKey[" + key.publicId() + "]";
    }
}
