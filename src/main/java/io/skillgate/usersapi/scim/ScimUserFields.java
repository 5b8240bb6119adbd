package io.skillgate.usersapi.scim;

import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;

import io.skillgate.access.SystemRole;
import io.skillgate.access.UserSummary;

/**
 * The user attributes SCIM may set, read from a POST/PUT body or changed by PATCH operations. Attribute names
 * ignore case. Handled: {@code userName} (the e-mail), {@code name.givenName}, {@code name.familyName},
 * {@code active} (a boolean or Entra's {@code "True"/"False"}), {@code roles} ({@code ADMIN}, {@code RECRUITER} or
 * {@code AUDITOR}), {@code externalId} (the client's own id, kept exactly; a PUT without it removes it). Every other
 * attribute (emails, displayName, title, extensions, …) is ignored, as read-only attributes are (id, meta, groups).
 */
final class ScimUserFields {

    @Nullable String userName;
    @Nullable String givenName;
    @Nullable String familyName;
    @Nullable Boolean active;
    @Nullable SystemRole role;
    @Nullable String externalId;

    static ScimUserFields of(UserSummary user) {
        ScimUserFields fields = new ScimUserFields();
        fields.userName = user.email();
        fields.givenName = user.firstName();
        fields.familyName = user.lastName();
        fields.active = user.active();
        fields.role = user.role();
        fields.externalId = user.scimExternalId();
        return fields;
    }

    /** A POST or PUT body's fields; what the body does not name stays {@code null}. */
    static ScimUserFields read(JsonNode body) {
        if (!body.isObject()) {
            throw ScimException.badRequest("invalidSyntax", "The body is a SCIM User object");
        }
        ScimUserFields fields = new ScimUserFields();
        fields.setAll(body);
        return fields;
    }

    /** Sets each attribute of {@code object}; a key may itself be a path ({@code "name.givenName"}). */
    void setAll(JsonNode object) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            String key = field.getKey();
            if (key.indexOf('.') >= 0 || key.indexOf(':') >= 0) {
                ScimPath path = ScimPath.parse(key, Scim.USER);
                set(path.attribute(), path.subAttribute(), field.getValue());
            } else {
                set(key.toLowerCase(Locale.ROOT), null, field.getValue());
            }
        }
    }

    void set(String attribute, @Nullable String sub, JsonNode value) {
        switch (attribute) {
            case "username" -> userName = text(value, "userName");
            case "externalid" -> externalId = value.isNull() ? null : text(value, "externalId");
            case "active" -> active = bool(value);
            case "roles" -> role = role(sub == null ? value : value.isTextual() ? value : value.path(sub));
            case "name" -> {
                if (sub == null) {
                    if (!value.isObject()) {
                        throw invalid("name is an object");
                    }
                    value.properties().forEach(field -> set("name", field.getKey().toLowerCase(Locale.ROOT),
                            field.getValue()));
                } else if (sub.equals("givenname")) {
                    givenName = text(value, "name.givenName");
                } else if (sub.equals("familyname")) {
                    familyName = text(value, "name.familyName");
                }
            }
            default -> {
                // not stored here: ignored (see the class comment)
            }
        }
    }

    /** A {@code remove} operation: our required attributes cannot be removed, externalId is, anything else is ignored. */
    void remove(String attribute, @Nullable String sub) {
        if (attribute.equals("externalid")) {
            externalId = null;
            return;
        }
        boolean required = switch (attribute) {
            case "username", "active", "roles" -> true;
            case "name" -> sub == null || sub.equals("givenname") || sub.equals("familyname");
            default -> false;
        };
        if (required) {
            throw ScimException.badRequest("mutability", "userName, name.givenName, name.familyName, active and"
                    + " roles cannot be removed");
        }
    }

    private static String text(JsonNode value, String attribute) {
        if (!value.isTextual()) {
            throw invalid(attribute + " is a string");
        }
        return value.asText();
    }

    private static boolean bool(JsonNode value) {
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isTextual() && (value.asText().equalsIgnoreCase("true") || value.asText().equalsIgnoreCase("false"))) {
            return value.asText().equalsIgnoreCase("true");
        }
        throw invalid("active is true or false");
    }

    /** {@code [{value}]}, {@code {value}} or a bare string; an empty array names no role. */
    private static @Nullable SystemRole role(JsonNode value) {
        JsonNode chosen = value;
        if (value.isArray()) {
            if (value.isEmpty()) {
                return null;
            }
            chosen = value.get(0);
            for (JsonNode item : value) {
                if (item.path("primary").asText().equalsIgnoreCase("true")) {
                    chosen = item;
                }
            }
        }
        String name = chosen.isObject() ? chosen.path("value").asText("") : chosen.isTextual() ? chosen.asText() : "";
        return SystemRole.companyRole(name.toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> invalid("roles: the value is one of " + SystemRole.companyRoleNames()));
    }

    private static ScimException invalid(String detail) {
        return ScimException.badRequest("invalidValue", detail);
    }
}
