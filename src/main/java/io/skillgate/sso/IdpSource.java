package io.skillgate.sso;

/** How an admin described the company's IdP. */
public enum IdpSource {
    /** A metadata URL, fetched on save and refreshed periodically. */
    METADATA_URL,
    /** Metadata XML pasted into the form. */
    METADATA_XML,
    /** SSO URL, entity id and signing certificate(s) typed in. */
    MANUAL
}
