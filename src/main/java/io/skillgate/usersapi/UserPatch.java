package io.skillgate.usersapi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.fge.jsonpatch.JsonPatch;
import com.github.fge.jsonpatch.JsonPatchException;

import io.skillgate.access.ChangeUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserProfile;
import io.skillgate.access.UserSummary;
import io.skillgate.usersapi.v201804.ErrorResponse;
import io.skillgate.usersapi.v201804.Language;
import io.skillgate.usersapi.v201804.Location;

/**
 * A JSON Patch (RFC 6902) on a user, applied with the json-patch library to the changeable part of the user as the
 * API answers it ({@code firstName, lastName, systemRole {id}, externalData, ssoIdentifier, ssoLoginMode,
 * language {code}, location {countryCode, city, regionCode, address, postalCode}}). A patch that is not a JSON Patch
 * is a 400; one that touches any other path, has an operation that cannot be applied or leaves invalid values is a
 * 422 naming the data path.
 */
final class UserPatch {

    static final Set<String> PATHS = Set.of("/firstName", "/lastName", "/systemRole", "/systemRole/id",
            "/externalData", "/ssoIdentifier", "/ssoLoginMode", "/language", "/language/code", "/location",
            "/location/countryCode", "/location/city", "/location/regionCode", "/location/address",
            "/location/postalCode");
    private static final int MAX_OPERATIONS = 20;

    private UserPatch() {
    }

    static ChangeUserCommand apply(UserSummary user, JsonNode body) {
        try {
            if (!body.isArray() || body.isEmpty() || body.size() > MAX_OPERATIONS) {
                throw new IOException("not a JSON Patch");
            }
            JsonPatch.fromJson(body);
        } catch (IOException | RuntimeException e) {
            throw UsersApiException.of(HttpStatus.BAD_REQUEST, "MALFORMED_PATCH",
                    "The body is not a JSON Patch (an array of 1 to " + MAX_OPERATIONS + " operations)");
        }
        List<ErrorResponse.Error> errors = new ArrayList<>();
        for (JsonNode operation : body) {
            for (String field : List.of("path", "from")) {
                JsonNode path = operation.get(field);
                if (path != null && !PATHS.contains(path.asText())) {
                    errors.add(ErrorResponse.Error.field(path.asText(), "This path cannot be changed; allowed: "
                            + "/firstName, /lastName, /systemRole, /externalData, /ssoIdentifier, /ssoLoginMode, "
                            + "/language, /location and their parts"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw UsersApiException.invalid(errors);
        }
        ObjectNode document = document(user);
        JsonNode result = document;
        for (JsonNode operation : body) {
            try {
                result = JsonPatch.fromJson(JsonNodeFactory.instance.arrayNode().add(operation)).apply(result);
            } catch (IOException | JsonPatchException | RuntimeException e) {
                throw UsersApiException.invalid(List.of(ErrorResponse.Error.field(operation.path("path").asText(),
                        "The operation \"" + operation.path("op").asText() + "\" cannot be applied to this user: "
                                + e.getMessage())));
            }
        }
        return read(user, document, result);
    }

    private static ObjectNode document(UserSummary user) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("firstName", user.firstName());
        document.put("lastName", user.lastName());
        document.putObject("systemRole").put("id", user.role().name());
        document.put("externalData", user.profile().externalData());
        document.put("ssoIdentifier", user.ssoIdentifier());
        document.put("ssoLoginMode", UserProfileJson.ssoLoginMode(user.profile()));
        document.putObject("language").put("code", user.profile().language());
        Location location = UserProfileJson.location(user.profile());
        if (location == null) {
            document.putNull("location");
        } else {
            document.putObject("location").put("countryCode", location.countryCode()).put("city", location.city())
                    .put("regionCode", location.regionCode()).put("address", location.address())
                    .put("postalCode", location.postalCode());
        }
        return document;
    }

    private static ChangeUserCommand read(UserSummary user, JsonNode document, JsonNode result) {
        List<ErrorResponse.Error> errors = new ArrayList<>();
        String firstName = text(result.get("firstName"));
        UsersController.checkName(firstName, "/firstName", errors);
        String lastName = text(result.get("lastName"));
        UsersController.checkName(lastName, "/lastName", errors);
        JsonNode roleNode = result.get("systemRole");
        SystemRole role = roleNode == null || !roleNode.isObject() ? null
                : UserJson.companyRole(text(roleNode.get("id"))).orElse(null);
        if (role == null) {
            errors.add(ErrorResponse.Error.field("/systemRole/id", "One of " + SystemRole.companyRoleNames()));
        }
        String ssoIdentifier = optionalText(result, "ssoIdentifier", "/ssoIdentifier", errors);
        if (!Objects.equals(ssoIdentifier, user.ssoIdentifier())) {
            // only a new identifier: one set elsewhere under access's larger limit does not block other changes
            UsersController.checkSsoIdentifier(ssoIdentifier, errors);
        }
        UserProfile profile = UserProfileJson.read(optionalText(result, "externalData", "/externalData", errors),
                optionalText(result, "ssoLoginMode", "/ssoLoginMode", errors), language(user, document, result, errors),
                location(result, errors), errors);
        if (!errors.isEmpty() || firstName == null || lastName == null || role == null) {
            throw UsersApiException.invalid(errors);
        }
        return new ChangeUserCommand(firstName, lastName, role, ssoIdentifier, profile);
    }

    /** The patched language; left as it was (the default {@code en} shown for none stays none) when untouched. */
    private static @Nullable Language language(UserSummary user, JsonNode document, JsonNode result,
                                               List<ErrorResponse.Error> errors) {
        JsonNode node = result.get("language");
        if (Objects.equals(node, document.get("language"))) {
            String stored = user.profile().languageCode();
            return stored == null ? null : new Language(stored);
        }
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(ErrorResponse.Error.field("/language", "An object {code} or null"));
            return null;
        }
        // a code of the wrong type is reported once, not again as missing
        int known = errors.size();
        String code = optionalText(node, "code", "/language/code", errors);
        return errors.size() > known ? null : new Language(code);
    }

    private static @Nullable Location location(JsonNode result, List<ErrorResponse.Error> errors) {
        JsonNode node = result.get("location");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(ErrorResponse.Error.field("/location", "An object {countryCode, city, regionCode, address,"
                    + " postalCode} or null"));
            return null;
        }
        // a part of the wrong type is reported once, not again as missing
        int known = errors.size();
        Function<String, @Nullable String> part = name -> optionalText(node, name, "/location/" + name, errors);
        Location location = new Location(part.apply("countryCode"), part.apply("city"), part.apply("regionCode"),
                part.apply("address"), part.apply("postalCode"));
        return errors.size() > known ? null : location;
    }

    /** A string or {@code null}; anything else is an error at {@code path}. */
    private static @Nullable String optionalText(JsonNode parent, String field, String path,
                                                 List<ErrorResponse.Error> errors) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(ErrorResponse.Error.field(path, "A string or null"));
            return null;
        }
        return node.asText();
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
