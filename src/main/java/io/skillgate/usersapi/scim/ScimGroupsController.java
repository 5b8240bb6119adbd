package io.skillgate.usersapi.scim;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.AccessGroupSummary;
import io.skillgate.access.UserException;
import io.skillgate.apikey.AuthenticatedApiKey;

/**
 * SCIM Groups = the company's access groups: list (filter {@code displayName eq}), read, create, replace and patch
 * the members, delete. Renaming is not supported. A member must be a user of the key's company (else 400 and
 * nothing changes); another company's group id answers 404.
 */
@RestController
@RequestMapping(path = Scim.BASE + "/Groups", produces = {Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
class ScimGroupsController {

    static final Set<String> FILTERS = Set.of("displayname", "id");

    private final AccessGroupService groups;
    private final ScimWriter writer;

    ScimGroupsController(AccessGroupService groups, ScimWriter writer) {
        this.groups = groups;
        this.writer = writer;
    }

    @GetMapping
    ScimResources.ListResponse<ScimResources.Group> list(
            @AuthenticationPrincipal AuthenticatedApiKey key, @RequestParam(required = false) @Nullable String filter,
            @RequestParam(defaultValue = "1") long startIndex,
            @RequestParam(defaultValue = "" + Scim.MAX_COUNT) int count,
            @RequestParam(required = false) @Nullable String excludedAttributes) {
        List<AccessGroupSummary> all = groups.groups(key.companyId());
        if (filter != null) {
            ScimFilter parsed = ScimFilter.parse(filter, Scim.GROUP, FILTERS);
            all = all.stream().filter(group -> parsed.attribute().equals("id")
                    ? Long.toString(group.id()).equals(parsed.value())
                    : group.name().equalsIgnoreCase(parsed.value())).toList();
        }
        long start = Math.max(1, startIndex);
        int size = Math.max(0, Math.min(count, Scim.MAX_COUNT));
        boolean members = withMembers(excludedAttributes);
        return ScimResources.ListResponse.of(all.size(), start, all.stream().skip(start - 1).limit(size)
                .map(group -> ScimMapping.group(group, members)).toList());
    }

    @GetMapping("/{id}")
    ScimResources.Group get(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String id,
                            @RequestParam(required = false) @Nullable String excludedAttributes) {
        return ScimMapping.group(require(key, id), withMembers(excludedAttributes));
    }

    @PostMapping(consumes = {Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ScimResources.Group> create(@AuthenticationPrincipal AuthenticatedApiKey key,
                                               @RequestBody JsonNode body) {
        String name = displayName(body);
        Set<Long> members = members(body);
        if (groups.groups(key.companyId()).stream().anyMatch(group -> group.name().equalsIgnoreCase(name.strip()))) {
            throw new ScimException(HttpStatus.CONFLICT, "uniqueness", "A group with this displayName exists");
        }
        AccessGroupSummary created = membersOfCompany(() -> writer.createGroup(key, name, members));
        return ResponseEntity.created(URI.create(ScimMapping.location("Groups", created.id())))
                .body(ScimMapping.group(created, true));
    }

    /** Replaces the members; the displayName must stay as it is. */
    @PutMapping(path = "/{id}", consumes = {Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    ScimResources.Group replace(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String id,
                                @RequestBody JsonNode body) {
        AccessGroupSummary group = require(key, id);
        if (!displayName(body).strip().equalsIgnoreCase(group.name())) {
            throw ScimException.badRequest("mutability", "A group cannot be renamed here");
        }
        Set<Long> members = members(body);
        membersOfCompany(() -> {
            writer.setMembers(key, group, members);
            return group;
        });
        return ScimMapping.group(require(key, id), true);
    }

    /** Member changes (Entra: {@code Add members}, {@code Remove members[value eq "…"]}); answers 204. */
    @PatchMapping(path = "/{id}", consumes = {Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Void> patch(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String id,
                               @RequestBody JsonNode body) {
        AccessGroupSummary group = require(key, id);
        List<ScimPatch.Operation> operations = ScimPatch.read(body, Scim.GROUP);
        ScimPatch.GroupState after = ScimPatch.apply(new ScimPatch.GroupState(group.name(), group.memberIds()),
                operations);
        membersOfCompany(() -> {
            writer.setMembers(key, group, after.members());
            return group;
        });
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String id) {
        groups.delete(key.companyId(), require(key, id).id(), key.actor());
        return ResponseEntity.noContent().build();
    }

    private AccessGroupSummary require(AuthenticatedApiKey key, String id) {
        return ScimIds.parse(id).flatMap(groupId -> groups.groups(key.companyId()).stream()
                        .filter(group -> group.id() == groupId).findFirst())
                .orElseThrow(() -> ScimException.notFound("No such group"));
    }

    /** The group exists (checked before): a {@code NOT_FOUND} from the service is about a member. */
    private static AccessGroupSummary membersOfCompany(Supplier<AccessGroupSummary> write) {
        try {
            return write.get();
        } catch (UserException e) {
            if (e.reason() == UserException.Reason.NOT_FOUND) {
                throw ScimException.badRequest("invalidValue", "Every member must be a user of this company;"
                        + " nothing was changed");
            }
            throw e;
        }
    }

    private static String displayName(JsonNode body) {
        JsonNode name = body.isObject() ? ScimPatch.field(body, "displayName") : null;
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw ScimException.badRequest("invalidValue", "displayName is required");
        }
        return name.asText();
    }

    private static Set<Long> members(JsonNode body) {
        JsonNode members = ScimPatch.field(body, "members");
        return members == null || members.isNull() ? Set.of() : ScimPatch.memberIds(members);
    }

    private static boolean withMembers(@Nullable String excludedAttributes) {
        return excludedAttributes == null || Arrays.stream(excludedAttributes.split(","))
                .map(String::strip).noneMatch(attribute -> attribute.equalsIgnoreCase("members"));
    }
}
