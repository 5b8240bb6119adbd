package io.skillgate.usersapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserException;
import io.skillgate.apikey.AuthenticatedApiKey;
import io.skillgate.usersapi.v201804.ContentResponse;
import io.skillgate.usersapi.v201804.ErrorResponse;
import io.skillgate.usersapi.v201804.NamedRef;

/** The system roles a company user can have, and the company's access groups and their members. */
@RestController
@RequestMapping(path = UsersApiPaths.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class AccessGroupsController implements UsersApiController {

    static final int MAX_IDS = 5000;

    private final AccessGroupService groups;

    AccessGroupsController(AccessGroupService groups) {
        this.groups = groups;
    }

    @GetMapping("/system-roles")
    ContentResponse systemRoles() {
        return new ContentResponse(SystemRole.COMPANY_ROLES.stream().map(UserJson::role).toList());
    }

    @GetMapping("/access-groups")
    ContentResponse accessGroups(@AuthenticationPrincipal AuthenticatedApiKey key) {
        return new ContentResponse(groups.groups(key.companyId()).stream()
                .map(group -> new NamedRef(Long.toString(group.id()), group.name())).toList());
    }

    /** A bare JSON array of user ids (at most 5000); all must be the company's users, else nobody is added. */
    @PostMapping(path = "/access-groups/{groupId}/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> addUsers(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String groupId,
                                  @RequestBody JsonNode body) {
        long group = UserJson.id(groupId).orElseThrow(AccessGroupsController::groupNotFound);
        if (!body.isArray()) {
            throw UsersApiException.of(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "The body is a JSON array of user ids");
        }
        if (body.size() > MAX_IDS) {
            throw UsersApiException.invalid(List.of(ErrorResponse.Error.field("", "At most " + MAX_IDS
                    + " user ids at once")));
        }
        List<Long> ids = new ArrayList<>(body.size());
        List<ErrorResponse.Error> errors = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode item = body.get(i);
            Optional<Long> id = item.isTextual() ? UserJson.id(item.asText())
                    : item.canConvertToLong() && item.isIntegralNumber() ? Optional.of(item.asLong()).filter(v -> v > 0)
                    : Optional.empty();
            if (id.isEmpty()) {
                errors.add(ErrorResponse.Error.field("/" + i, "Not a user id"));
            } else {
                ids.add(id.get());
            }
        }
        if (!errors.isEmpty()) {
            throw UsersApiException.invalid(errors.subList(0, Math.min(errors.size(), 20)));
        }
        try {
            groups.addMembers(key.companyId(), group, ids, key.actor());
        } catch (UserException e) {
            if (e.reason() == UserException.Reason.NOT_FOUND) {
                throw UsersApiException.of(HttpStatus.NOT_FOUND, AccessGroupService.NO_SUCH_GROUP.equals(e.getMessage())
                        ? "ACCESS_GROUP_NOT_FOUND" : "USER_NOT_FOUND", e.getMessage());
            }
            throw e;
        }
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    @DeleteMapping("/access-groups/{groupId}/users/{userId}")
    ResponseEntity<Void> removeUser(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String groupId,
                                    @PathVariable String userId) {
        long group = UserJson.id(groupId).orElseThrow(AccessGroupsController::groupNotFound);
        Optional<Long> user = UserJson.id(userId);
        if (user.isEmpty()) {
            throw UsersApiException.of(HttpStatus.NOT_FOUND, "USER_NOT_IN_ACCESS_GROUP",
                    "The user is not in this access group");
        }
        try {
            groups.removeMember(key.companyId(), group, user.get(), key.actor());
        } catch (UserException e) {
            if (e.reason() == UserException.Reason.NOT_FOUND) {
                throw groupNotFound();
            }
            throw e;
        }
        return ResponseEntity.noContent().build();
    }

    private static UsersApiException groupNotFound() {
        return UsersApiException.of(HttpStatus.NOT_FOUND, "ACCESS_GROUP_NOT_FOUND", "No such access group");
    }
}
