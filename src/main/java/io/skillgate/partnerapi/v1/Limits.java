package io.skillgate.partnerapi.v1;

/** Patterns shared by the contract records. */
final class Limits {

    /** an absolute http(s) URL without spaces */
    static final String HTTP_URL = "^https?://[^\\s/?#]+[^\\s]*$";
    /** a language tag such as en, de-CH */
    static final String LANGUAGE = "^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8}){0,2}$";

    private Limits() {
    }
}
