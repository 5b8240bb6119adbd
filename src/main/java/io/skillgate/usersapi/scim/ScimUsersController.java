package io.skillgate.usersapi.scim;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
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
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.apikey.AuthenticatedApiKey;

/**
 * SCIM Users of the API key's company (RFC 7644 §3): list with {@code filter=userName eq "…"} and index paging,
 * read, create, replace, patch, and DELETE as deactivation (users are never deleted). Another company's user id
 * answers 404 like an unknown one.
 */
@RestController
@RequestMapping(path = Scim.BASE + "/Users", produces = {Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
class ScimUsersController {

    static final Set<String> FILTERS = Set.of("username", "id", "externalid", "emails.value",
            "emails[type eq \"work\"].value");

    private final UserService users;
    private final AccessGroupService groups;
    private final ScimWriter writer;

    ScimUsersController(UserService users, AccessGroupService groups, ScimWriter writer) {
        this.users = users;
        this.groups = groups;
        this.writer = writer;
    }

    @GetMapping
    ScimResources.ListResponse<ScimResources.User> list(@AuthenticationPrincipal AuthenticatedApiKey key,
                                                        @RequestParam(required = false) @Nullable String filter,
                                                        @RequestParam(defaultValue = "1") long startIndex,
                                                        @RequestParam(defaultValue = "" + Scim.MAX_COUNT) int count) {
        long start = Math.max(1, startIndex);
        int size = Math.max(0, Math.min(count, Scim.MAX_COUNT));
        List<AccessGroupSummary> companyGroups = groups.groups(key.companyId());
        if (filter != null) {
            ScimFilter parsed = ScimFilter.parse(filter, Scim.USER, FILTERS);
            List<UserSummary> found = switch (parsed.attribute()) {
                case "id" -> ScimIds.parse(parsed.value()).flatMap(id -> users.findInCompany(key.companyId(), id))
                        .stream().toList();
                case "externalid" -> users.findByScimExternalIdInCompany(key.companyId(), parsed.value());
                default -> users.findByEmailInCompany(key.companyId(), parsed.value()).stream().toList();
            };
            List<ScimResources.User> page = found.stream().skip(start - 1).limit(size)
                    .map(user -> ScimMapping.user(user, companyGroups)).toList();
            return ScimResources.ListResponse.of(found.size(), start, page);
        }
        List<ScimResources.User> page = size == 0 ? List.of() : users.slice(key.companyId(), start - 1, size)
                .stream().map(user -> ScimMapping.user(user, companyGroups)).toList();
        return ScimResources.ListResponse.of(users.count(key.companyId()), start, page);
    }

    @GetMapping("/{id}")
    ScimResources.User get(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String id) {
        return answer(key, require(key, id));
    }

    @PostMapping(consumes = {Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ScimResources.User> create(@AuthenticationPrincipal AuthenticatedApiKey key,
                                              @RequestBody JsonNode body) {
        ScimUserFields fields = ScimUserFields.read(body);
        if (fields.userName == null || fields.userName.isBlank()) {
            throw ScimException.badRequest("invalidValue", "userName (the e-mail address) is required");
        }
        UserSummary created = writer.create(key, fields);
        return ResponseEntity.created(URI.create(ScimMapping.location("Users", created.id())))
                .body(answer(key, created));
    }

    @PutMapping(path = "/{id}", consumes = {Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    ScimResources.User replace(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String id,
                               @RequestBody JsonNode body) {
        UserSummary before = require(key, id);
        return answer(key, update(key, before, ScimUserFields.read(body)));
    }

    @PatchMapping(path = "/{id}", consumes = {Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    ScimResources.User patch(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String id,
                             @RequestBody JsonNode body) {
        UserSummary before = require(key, id);
        List<ScimPatch.Operation> operations = ScimPatch.read(body, Scim.USER);
        ScimUserFields fields = ScimUserFields.of(before);
        ScimPatch.apply(fields, operations);
        return answer(key, update(key, before, fields));
    }

    /** Deactivation: the user stays (with their history) and can be activated again by PATCH or PUT. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String id) {
        users.setActive(key.companyId(), require(key, id).id(), false, key.actor());
        return ResponseEntity.noContent().build();
    }

    private UserSummary update(AuthenticatedApiKey key, UserSummary before, ScimUserFields fields) {
        if (fields.userName == null || !fields.userName.strip().equalsIgnoreCase(before.email())) {
            throw ScimException.badRequest("mutability", "userName is the e-mail address and cannot be changed");
        }
        return writer.update(key, before, fields);
    }

    private UserSummary require(AuthenticatedApiKey key, String id) {
        return ScimIds.parse(id).flatMap(userId -> users.findInCompany(key.companyId(), userId))
                .orElseThrow(() -> ScimException.notFound("No such user"));
    }

    private ScimResources.User answer(AuthenticatedApiKey key, UserSummary user) {
        return ScimMapping.user(user, groups.groups(key.companyId()));
    }
}
