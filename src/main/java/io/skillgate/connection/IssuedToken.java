package io.skillgate.connection;

/** An access token issued to SmartRecruiters; the token exists in clear only in this record. */
public record IssuedToken(String accessToken, long expiresInSeconds) {

    @Override
    public String toString() {
        return "IssuedToken[accessToken=****, expiresInSeconds=" + expiresInSeconds + "]";
    }
}
