package io.skillgate.usersapi.scim;

/** SCIM 2.0's base path, media type and schema URNs (RFC 7643, RFC 7644). */
final class Scim {

    static final String BASE = "/scim/v2";
    static final String MEDIA_TYPE = "application/scim+json";
    static final String USER = "urn:ietf:params:scim:schemas:core:2.0:User";
    static final String GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
    static final String LIST_RESPONSE = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
    static final String PATCH_OP = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
    static final String ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

    /** Bodies at most 256 KiB (a group PATCH adding a few thousand members fits). */
    static final int MAX_BODY_BYTES = 256 * 1024;
    /** The most resources one list answer holds. */
    static final int MAX_COUNT = 100;

    private Scim() {
    }
}
