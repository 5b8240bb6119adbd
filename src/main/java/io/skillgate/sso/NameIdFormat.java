package io.skillgate.sso;

/** The NameID format requested from the IdP. */
public enum NameIdFormat {
    EMAIL("urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress"),
    PERSISTENT("urn:oasis:names:tc:SAML:2.0:nameid-format:persistent");

    /** IdPs that do not say which format they used. */
    public static final String UNSPECIFIED = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";

    private final String urn;

    NameIdFormat(String urn) {
        this.urn = urn;
    }

    public String urn() {
        return urn;
    }
}
