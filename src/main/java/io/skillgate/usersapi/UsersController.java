package io.skillgate.usersapi;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

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
import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserPage;
import io.skillgate.access.UserProfile;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.apikey.AuthenticatedApiKey;
import io.skillgate.usersapi.v201804.ErrorResponse;
import io.skillgate.usersapi.v201804.NamedRef;
import io.skillgate.usersapi.v201804.UserRequest;
import io.skillgate.usersapi.v201804.UserResponse;
import io.skillgate.usersapi.v201804.UsersPage;

/**
 * Users of the API key's company: create (inactive), list with cursor paging, read, change by JSON Patch,
 * activate and deactivate. Another company's user id is a 404, like an unknown one.
 */
@RestController
@RequestMapping(path = UsersApiPaths.BASE + "/users", produces = MediaType.APPLICATION_JSON_VALUE)
class UsersController implements UsersApiController {

    static final String JSON_PATCH = "application/json-patch+json";
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s\"]{1,64}@[^@\\s\"]{1,189}\\.[^@\\s\"]{1,63}$");
    private static final int MAX_QUERY = 254;
    /**
     * SmartRecruiters' limit for a new user's SSO identifier ({@code NewUser}), kept here for every identifier this
     * API sets; SCIM, imports and the users screen keep {@code access}'s larger
     * {@link UserService#MAX_SSO_IDENTIFIER_LENGTH}.
     */
    static final int MAX_SSO_IDENTIFIER = 100;

    private final UserService users;
    private final AccessGroupService groups;

    UsersController(UserService users, AccessGroupService groups) {
        this.users = users;
        this.groups = groups;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UserResponse> create(@AuthenticationPrincipal AuthenticatedApiKey key,
                                        @RequestBody UserRequest request) {
        List<ErrorResponse.Error> errors = new ArrayList<>();
        String email = request.email() == null ? "" : request.email().strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(ErrorResponse.Error.field("/email", "A valid e-mail address of at most 254 characters"));
        }
        checkName(request.firstName(), "/firstName", errors);
        checkName(request.lastName(), "/lastName", errors);
        SystemRole role = request.systemRole() == null || request.systemRole().id() == null ? null
                : UserJson.companyRole(request.systemRole().id()).orElse(null);
        if (role == null) {
            errors.add(ErrorResponse.Error.field("/systemRole/id", "One of " + SystemRole.companyRoleNames()));
        }
        checkSsoIdentifier(request.ssoIdentifier(), errors);
        UserProfile profile = UserProfileJson.read(request.externalData(), request.ssoLoginMode(), request.language(),
                request.location(), errors);
        if (!errors.isEmpty() || role == null) {
            throw UsersApiException.invalid(errors);
        }
        UserSummary created = users.create(new CreateUserCommand(key.companyId(), email, request.firstName(),
                request.lastName(), role, null, false, profile), request.ssoIdentifier(), key.actor());
        return ResponseEntity.created(URI.create(UsersApiPaths.BASE + "/users/" + created.id()))
                .body(UserJson.of(created, Map.of()));
    }

    @GetMapping
    UsersPage list(@AuthenticationPrincipal AuthenticatedApiKey key, @RequestParam(required = false) @Nullable String q,
                   @RequestParam(defaultValue = "10") int limit, @RequestParam(required = false) @Nullable String pageId,
                   @RequestParam(required = false) @Nullable String updatedAfter) {
        UsersApiParameters.limit(limit, 100);
        if (q != null && q.length() > MAX_QUERY) {
            throw UsersApiParameters.invalid("q has at most 254 characters");
        }
        long afterId = UsersApiParameters.afterId(pageId);
        Instant after = UsersApiParameters.instant("updatedAfter", updatedAfter);
        UserPage page = users.page(key.companyId(), q, after, afterId, limit);
        Map<Long, List<NamedRef>> memberships = UserJson.groupsByUser(groups.groups(key.companyId()));
        return new UsersPage(limit, page.nextAfterId() == null ? null : Long.toString(page.nextAfterId()),
                page.users().stream().map(user -> UserJson.of(user, memberships)).toList());
    }

    @GetMapping("/{id}")
    UserResponse get(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String id) {
        return UserJson.of(require(key, id), UserJson.groupsByUser(groups.groups(key.companyId())));
    }

    @PatchMapping(path = "/{id}", consumes = JSON_PATCH)
    UserResponse patch(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String id,
                       @RequestBody JsonNode patch) {
        UserSummary user = require(key, id);
        UserSummary changed = users.change(key.companyId(), user.id(), UserPatch.apply(user, patch), key.actor());
        return UserJson.of(changed, UserJson.groupsByUser(groups.groups(key.companyId())));
    }

    @PutMapping("/{id}/activation")
    ResponseEntity<Void> activate(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String id) {
        users.setActive(key.companyId(), require(key, id).id(), true, key.actor());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/activation")
    ResponseEntity<Void> deactivate(@AuthenticationPrincipal AuthenticatedApiKey key, @PathVariable String id) {
        users.setActive(key.companyId(), require(key, id).id(), false, key.actor());
        return ResponseEntity.noContent().build();
    }

    private UserSummary require(AuthenticatedApiKey key, String id) {
        return UserJson.id(id).flatMap(userId -> users.findInCompany(key.companyId(), userId))
                .orElseThrow(UsersApiException::userNotFound);
    }

    static void checkName(@Nullable String value, String path, List<ErrorResponse.Error> errors) {
        if (value == null || value.isBlank() || value.strip().length() > UserService.MAX_NAME_LENGTH) {
            errors.add(ErrorResponse.Error.field(path, "Required, 1 to " + UserService.MAX_NAME_LENGTH
                    + " characters"));
        }
    }

    static void checkSsoIdentifier(@Nullable String value, List<ErrorResponse.Error> errors) {
        if (value != null && (value.isEmpty() || value.length() > MAX_SSO_IDENTIFIER || !value.equals(value.strip())
                || value.chars().anyMatch(Character::isISOControl))) {
            errors.add(ErrorResponse.Error.field("/ssoIdentifier", "1 to " + MAX_SSO_IDENTIFIER
                    + " characters, no control characters and no surrounding spaces"));
        }
    }
}
