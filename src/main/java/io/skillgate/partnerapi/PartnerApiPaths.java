package io.skillgate.partnerapi;

/** Where the endpoints SR calls live; all of them are announced to SR in the partner configuration. */
final class PartnerApiPaths {

    static final String BASE = "/api/sr/v1";

    private PartnerApiPaths() {
    }
}
