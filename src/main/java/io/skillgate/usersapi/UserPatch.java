package io.skillgate.usersapi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

/**
 * A JSON Patch (RFC 6902) on a user, applied with the json-patch library to the changeable part of the user
 * ({@code firstName, lastName, systemRole {id}, ssoIdentifier}). A patch that is not a JSON Patch is a 400; one
 * that touches any other path, fails to apply or leaves invalid values is a 422.
 */
final class UserPatch {

    static final Set<String> PATHS = Set.of("/firstName", "/lastName", "/systemRole", "/systemRole/id",
            "/ssoIdentifier");
    private static final int MAX_OPERATIONS = 20;

    private UserPatch() {
    }

    static ChangeUserCommand apply(UserSummary user, JsonNode body) {
        JsonPatch patch;
        try {
            if (!body.isArray() || body.isEmpty() || body.size() > MAX_OPERATIONS) {
                throw new IOException("not a JSON Patch");
            }
            patch = JsonPatch.fromJson(body);
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
                            + "/firstName, /lastName, /systemRole, /ssoIdentifier"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw UsersApiException.invalid(errors);
        }
        JsonNode result;
        try {
            result = patch.apply(document(user));
        } catch (JsonPatchException | RuntimeException e) {
            throw UsersApiException.of(HttpStatus.UNPROCESSABLE_ENTITY, "PATCH_NOT_APPLICABLE",
                    "The patch cannot be applied to this user: " + e.getMessage());
        }
        return read(result, user.profile());
    }

    private static ObjectNode document(UserSummary user) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.put("firstName", user.firstName());
        document.put("lastName", user.lastName());
        document.putObject("systemRole").put("id", user.role().name());
        document.put("ssoIdentifier", user.ssoIdentifier());
        return document;
    }

    private static ChangeUserCommand read(JsonNode result, UserProfile profile) {
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
        JsonNode ssoNode = result.get("ssoIdentifier");
        String ssoIdentifier = null;
        if (ssoNode != null && !ssoNode.isNull()) {
            if (ssoNode.isTextual()) {
                ssoIdentifier = ssoNode.asText();
                UsersController.checkSsoIdentifier(ssoIdentifier, errors);
            } else {
                errors.add(ErrorResponse.Error.field("/ssoIdentifier", "A string or null"));
            }
        }
        if (!errors.isEmpty() || firstName == null || lastName == null || role == null) {
            throw UsersApiException.invalid(errors);
        }
        return new ChangeUserCommand(firstName, lastName, role, ssoIdentifier, profile);
    }

    private static @Nullable String text(@Nullable JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }
}
