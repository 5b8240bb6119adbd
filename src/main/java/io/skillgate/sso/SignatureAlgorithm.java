package io.skillgate.sso;

/** The one signature algorithm a company's IdP signs with; anything else is refused (no downgrade to SHA-1). */
public enum SignatureAlgorithm {
    RSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256"),
    RSA_SHA1("http://www.w3.org/2000/09/xmldsig#rsa-sha1");

    private final String uri;

    SignatureAlgorithm(String uri) {
        this.uri = uri;
    }

    /** The XML-DSig algorithm URI. */
    public String uri() {
        return uri;
    }
}
