package io.skillgate.usersapi.scim;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A PATCH path (RFC 7644 §3.5.2), narrowed: {@code attr}, {@code attr.sub}, {@code attr[filter]} or
 * {@code attr[filter].sub}, names ignoring case, the core schema URN allowed in front. An extension's attribute
 * ({@code urn:…:enterprise:2.0:User:department}) is kept whole as the attribute name, so callers can ignore it.
 *
 * @param attribute    lower case, e.g. {@code name}, {@code members}
 * @param subAttribute lower case, e.g. {@code givenname}; {@code null} for none
 * @param filter       the value filter in brackets, e.g. {@code value eq "42"}; {@code null} for none
 */
record ScimPath(String attribute, @Nullable String subAttribute, @Nullable ScimFilter filter) {

    private static final int MAX_LENGTH = 500;
    private static final Pattern FORM = Pattern.compile(
            "([A-Za-z][\\w$\\-]*)(?:\\[(.+)])?(?:\\.([A-Za-z][\\w$\\-]*))?");

    static ScimPath parse(String path, String schema) {
        String stripped = strip(path.strip(), schema);
        if (stripped.regionMatches(true, 0, "urn:", 0, 4)) {
            return new ScimPath(stripped.toLowerCase(Locale.ROOT), null, null);
        }
        Matcher form = FORM.matcher(stripped);
        if (path.length() > MAX_LENGTH || !form.matches()) {
            throw ScimException.badRequest("invalidPath", "Not a supported attribute path");
        }
        ScimFilter filter;
        try {
            filter = form.group(2) == null ? null : ScimFilter.parse(form.group(2), schema);
        } catch (ScimException e) {
            throw ScimException.badRequest("invalidPath", "The path's value filter: " + e.getMessage());
        }
        return new ScimPath(form.group(1).toLowerCase(Locale.ROOT),
                form.group(3) == null ? null : form.group(3).toLowerCase(Locale.ROOT), filter);
    }

    /** {@code path} without a leading {@code <schema>:} (ignoring case). */
    static String strip(String path, String schema) {
        return path.regionMatches(true, 0, schema + ":", 0, schema.length() + 1)
                ? path.substring(schema.length() + 1) : path;
    }
}
