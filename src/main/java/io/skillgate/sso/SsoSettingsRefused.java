package io.skillgate.sso;

/**
 * Settings that cannot be saved, with the field at fault and a message fit for the admin.
 *
 * @see SsoService#save
 */
public class SsoSettingsRefused extends RuntimeException {

    /** The form field a message belongs to. */
    public enum Field { METADATA_URL, METADATA_XML, IDP_ENTITY_ID, IDP_SSO_URL, CERTIFICATE_1, CERTIFICATE_2,
        SSO_ONLY, BREAK_GLASS_EMAIL, ACCESS }

    private final Field field;

    public SsoSettingsRefused(Field field, String message) {
        super(message);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
