package io.skillgate.usersapi.scim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A SCIM PATCH request ({@code urn:ietf:params:scim:api:messages:2.0:PatchOp}, RFC 7644 §3.5.2): operations
 * {@code add}, {@code replace}, {@code remove} (ignoring case, as Entra sends {@code "Replace"}), with or without
 * {@code path}. The operations are applied in memory first; only a request that applies as a whole is written.
 */
final class ScimPatch {

    /** One operation; {@code op} is lower case. */
    record Operation(String op, @Nullable ScimPath path, @Nullable JsonNode value) {
    }

    /** A group as a PATCH leaves it. */
    record GroupState(String displayName, Set<Long> members) {
    }

    private static final int MAX_OPERATIONS = 1000;

    private ScimPatch() {
    }

    static List<Operation> read(JsonNode body, String schema) {
        if (!body.isObject() || !hasSchema(body)) {
            throw syntax("The body is a PatchOp: {\"schemas\":[\"" + Scim.PATCH_OP + "\"],\"Operations\":[…]}");
        }
        JsonNode operations = field(body, "operations");
        if (operations == null || !operations.isArray() || operations.isEmpty()
                || operations.size() > MAX_OPERATIONS) {
            throw syntax("Operations is an array of 1 to " + MAX_OPERATIONS + " operations");
        }
        List<Operation> result = new ArrayList<>();
        for (JsonNode operation : operations) {
            JsonNode op = operation.isObject() ? field(operation, "op") : null;
            String name = op != null && op.isTextual() ? op.asText().toLowerCase(Locale.ROOT) : "";
            if (!Set.of("add", "replace", "remove").contains(name)) {
                throw syntax("Each operation's op is add, replace or remove");
            }
            JsonNode path = field(operation, "path");
            if (path != null && !path.isTextual()) {
                throw ScimException.badRequest("invalidPath", "path is a string");
            }
            JsonNode value = field(operation, "value");
            if (path == null && (name.equals("remove") || value == null || !value.isObject())) {
                throw ScimException.badRequest("noTarget", name.equals("remove") ? "remove needs a path"
                        : "Without a path, value is an object of attributes");
            }
            if (!name.equals("remove") && (value == null || value.isNull())) {
                throw ScimException.badRequest("invalidValue", name + " needs a value");
            }
            result.add(new Operation(name, path == null ? null : ScimPath.parse(path.asText(), schema), value));
        }
        return result;
    }

    static void apply(ScimUserFields user, List<Operation> operations) {
        for (Operation operation : operations) {
            ScimPath path = operation.path();
            if (path == null) {
                user.setAll(require(operation.value()));
            } else if (operation.op().equals("remove")) {
                user.remove(path.attribute(), path.subAttribute());
            } else {
                user.set(path.attribute(), path.subAttribute(), require(operation.value()));
            }
        }
    }

    /**
     * Applies the operations to a group's members. Renaming is refused ({@code mutability}); attributes other than
     * {@code displayName} and {@code members} are ignored. Removing a user who is not a member changes nothing.
     */
    static GroupState apply(GroupState group, List<Operation> operations) {
        Set<Long> members = new LinkedHashSet<>(group.members());
        for (Operation operation : operations) {
            ScimPath path = operation.path();
            if (path == null) {
                for (Map.Entry<String, JsonNode> field : require(operation.value()).properties()) {
                    ScimPath key = ScimPath.parse(field.getKey(), Scim.GROUP);
                    applyToGroup(group, members, operation.op(), key, field.getValue());
                }
            } else {
                applyToGroup(group, members, operation.op(), path, operation.value());
            }
        }
        return new GroupState(group.displayName(), members);
    }

    private static void applyToGroup(GroupState group, Set<Long> members, String op, ScimPath path,
                                     @Nullable JsonNode value) {
        if (path.attribute().equals("displayname")) {
            if (op.equals("remove") || value == null || !value.isTextual()
                    || !value.asText().strip().equalsIgnoreCase(group.displayName())) {
                throw ScimException.badRequest("mutability", "A group cannot be renamed or lose its displayName here");
            }
            return;
        }
        if (!path.attribute().equals("members")) {
            return;
        }
        ScimFilter filter = path.filter();
        if (filter != null) {
            if (!op.equals("remove") || !filter.attribute().equals("value") || path.subAttribute() != null) {
                throw ScimException.badRequest("invalidPath", "Only remove works on members[value eq \"id\"]");
            }
            memberId(filter.value()).ifPresent(members::remove);
            return;
        }
        switch (op) {
            case "add" -> members.addAll(memberIds(require(value)));
            case "replace" -> {
                Set<Long> replacement = memberIds(require(value));
                members.clear();
                members.addAll(replacement);
            }
            default -> {
                if (value == null || value.isNull()) {
                    members.clear();
                } else {
                    members.removeAll(memberIds(value));
                }
            }
        }
    }

    /** {@code [{"value":"42"}, …]} (a single object is taken as a one-element array). */
    static Set<Long> memberIds(JsonNode value) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonNode member : value.isArray() ? value : List.of(value)) {
            JsonNode id = member.isObject() ? field(member, "value") : null;
            ids.add(memberId(id != null && id.isTextual() ? id.asText() : "")
                    .orElseThrow(() -> ScimException.badRequest("invalidValue",
                            "members are [{\"value\":\"<user id>\"}, …]")));
        }
        return ids;
    }

    private static Optional<Long> memberId(String value) {
        return ScimIds.parse(value);
    }

    /** {@code object}'s field named {@code name} ignoring case. */
    static @Nullable JsonNode field(JsonNode object, String name) {
        for (Map.Entry<String, JsonNode> field : object.properties()) {
            if (field.getKey().equalsIgnoreCase(name)) {
                return field.getValue();
            }
        }
        return null;
    }

    private static boolean hasSchema(JsonNode body) {
        JsonNode schemas = field(body, "schemas");
        if (schemas == null || !schemas.isArray()) {
            return false;
        }
        for (JsonNode schema : schemas) {
            if (schema.asText().equals(Scim.PATCH_OP)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode require(@Nullable JsonNode value) {
        if (value == null || value.isNull()) {
            throw ScimException.badRequest("invalidValue", "The operation needs a value");
        }
        return value;
    }

    private static ScimException syntax(String detail) {
        return ScimException.badRequest("invalidSyntax", detail);
    }
}
