package io.skillgate.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.access.domain.PortalUser;
import io.skillgate.access.domain.PortalUserRepository;
import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.base.Validation;

/** Portal users: creation, activation, passwords, sign-in bookkeeping and the company's user list. */
@Service
@Transactional(readOnly = true)
public class UserService {

    /** BCrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_BYTES = 72;
    /** The longest SSO identifier (the column's size). */
    public static final int MAX_SSO_IDENTIFIER_LENGTH = 255;
    /** The longest SCIM {@code externalId} (the column's size). */
    public static final int MAX_SCIM_EXTERNAL_ID = 255;
    /** The longest first or last name (the column's size). */
    public static final int MAX_NAME_LENGTH = 100;

    /** Last activity is kept to within this much. */
    public static final Duration ACTIVITY_PRECISION = Duration.ofMinutes(5);

    private final PortalUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    UserService(PortalUserRepository users, PasswordEncoder passwordEncoder, AuditService audit, Validator validator,
                Clock clock, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public UserSummary create(CreateUserCommand request, String actor) {
        return create(request, null, actor);
    }

    /**
     * Creates the user and, when given, sets their SSO identifier (same rules as {@link #setSsoIdentifier}); a
     * refused identifier creates nothing.
     */
    @Transactional
    public UserSummary create(CreateUserCommand request, @Nullable String ssoIdentifier, String actor) {
        CreateUserCommand command = new CreateUserCommand(request.companyId(), normalizeEmail(request.email()),
                request.firstName().strip(), request.lastName().strip(), request.role(), request.password(),
                request.active(), checked(request.profile()));
        Validation.firstViolation(validator, command).ifPresent(violation -> {
            throw new UserException(UserException.Reason.INVALID, violation);
        });
        if (command.role().isCompanyRole() != (command.companyId() != null)) {
            throw new UserException(UserException.Reason.INVALID,
                    "Operators belong to no company; every other user belongs to exactly one");
        }
        String email = command.email();
        if (users.existsByEmail(email)) {
            throw new UserException(UserException.Reason.DUPLICATE_EMAIL, "A user with this e-mail already exists");
        }
        CompanyId companyId = command.companyId();
        PortalUser user = new PortalUser(companyId == null ? null : companyId.value(), email,
                command.firstName(), command.lastName(), command.role(), clock.instant());
        if (command.password() != null) {
            user.setPasswordHash(encode(command.password()));
        }
        user.setActive(command.active());
        user.setProfile(command.profile());
        PortalUser saved = users.save(user);
        if (ssoIdentifier != null) {
            assignSsoIdentifier(saved, ssoIdentifier);
        }
        UserSummary created = toSummary(saved);
        audit.record(AuditEntry.of(companyId, actor, "user.created",
                "Created " + command.role() + " " + email + (command.active() ? " (active)" : " (inactive)")));
        return created;
    }

    @Transactional
    public void setActive(long userId, boolean active, String actor) {
        PortalUser user = users.findById(userId)
                .orElseThrow(() -> new UserException(UserException.Reason.INVALID, "No such user"));
        activate(user, active, actor);
    }

    /** Activates or deactivates a user of {@code companyId}; another company's user is {@code NOT_FOUND}. */
    @Transactional
    public void setActive(CompanyId companyId, long userId, boolean active, String actor) {
        activate(requireInCompany(companyId, userId), active, actor);
    }

    private void activate(PortalUser user, boolean active, String actor) {
        if (user.isActive() != active) {
            user.setActive(active);
            user.touch(clock.instant());
            if (!active) {
                events.publishEvent(new UserDeactivated(user.requireId(), companyOf(user), user.getEmail(), actor));
            }
        }
        audit.record(AuditEntry.of(companyOf(user), actor, active ? "user.activated" : "user.deactivated",
                (active ? "Activated " : "Deactivated ") + user.getEmail()));
    }

    /** A user of {@code companyId}; empty for an unknown id or another company's user. */
    public Optional<UserSummary> findInCompany(CompanyId companyId, long userId) {
        return users.findByIdAndCompanyId(userId, companyId.value()).map(UserService::toSummary);
    }

    /** The user of {@code companyId} with this e-mail address (ignoring case and surrounding spaces). */
    public Optional<UserSummary> findByEmailInCompany(CompanyId companyId, String email) {
        return users.findByEmail(normalizeEmail(email))
                .filter(user -> user.getCompanyId() != null && user.getCompanyId() == companyId.value())
                .map(UserService::toSummary);
    }

    /** How many users the company has. */
    public long count(CompanyId companyId) {
        return users.countByCompanyId(companyId.value());
    }

    /** The company's users by id, the first {@code offset} skipped, at most {@code limit}. */
    public List<UserSummary> slice(CompanyId companyId, long offset, int limit) {
        return users.slice(companyId.value(), offset, limit).stream().map(UserService::toSummary).toList();
    }

    /**
     * Up to {@code limit} users of the company with ids above {@code afterId}, by id. {@code query} matches the
     * start of the e-mail, first name, last name or full name (ignoring case); {@code updatedAfter} keeps users
     * changed after that instant.
     */
    public UserPage page(CompanyId companyId, @Nullable String query, @Nullable Instant updatedAfter, long afterId,
                         int limit) {
        String prefix = query == null || query.isBlank() ? null
                : query.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        List<PortalUser> found = users.page(companyId.value(), afterId, prefix, updatedAfter, Limit.of(limit + 1));
        List<UserSummary> page = found.stream().limit(limit).map(UserService::toSummary).toList();
        return new UserPage(page, found.size() > limit ? page.get(page.size() - 1).id() : null);
    }

    /**
     * Changes name, role, SSO identifier and profile of a user of {@code companyId} at once (the Users API's PATCH);
     * another company's user is {@code NOT_FOUND}. Only company roles may be given; nothing is changed when any part
     * is refused.
     */
    @Transactional
    public UserSummary change(CompanyId companyId, long userId, ChangeUserCommand command, String actor) {
        PortalUser user = requireInCompany(companyId, userId);
        String firstName = command.firstName().strip();
        String lastName = command.lastName().strip();
        if (firstName.isEmpty() || firstName.length() > MAX_NAME_LENGTH || lastName.isEmpty()
                || lastName.length() > MAX_NAME_LENGTH) {
            throw new UserException(UserException.Reason.INVALID,
                    "First and last name have 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (!command.role().isCompanyRole()) {
            throw new UserException(UserException.Reason.INVALID, "A company user is an admin or a recruiter");
        }
        UserProfile profile = checked(command.profile());
        UserProfile profileBefore = user.getProfile();
        boolean changed = !firstName.equals(user.getFirstName()) || !lastName.equals(user.getLastName())
                || command.role() != user.getSystemRole()
                || !Objects.equals(command.ssoIdentifier(), user.getSsoIdentifier()) || !profile.equals(profileBefore);
        if (!changed) {
            return toSummary(user);
        }
        String before = user.getSystemRole() + " " + user.getDisplayName();
        user.setName(firstName, lastName);
        user.setSystemRole(command.role());
        user.setProfile(profile);
        user.touch(clock.instant());
        assignSsoIdentifier(user, command.ssoIdentifier());
        audit.record(AuditEntry.of(companyId, actor, "user.changed", "Changed " + user.getEmail() + ": " + before
                + " → " + user.getSystemRole() + " " + user.getDisplayName() + ", SSO identifier "
                + (user.getSsoIdentifier() == null ? "the e-mail" : "\"" + user.getSsoIdentifier() + "\"")
                + profile.changesFrom(profileBefore)));
        return toSummary(user);
    }

    /** The profile normalized, or the first of its problems as {@code INVALID}. */
    private static UserProfile checked(UserProfile profile) {
        UserProfile normalized = profile.normalized();
        List<UserProfile.Problem> problems = normalized.problems();
        if (!problems.isEmpty()) {
            throw new UserException(UserException.Reason.INVALID, problems.get(0).message());
        }
        return normalized;
    }

    /** The company's users whose SCIM {@code externalId} is exactly {@code externalId} (case counts), oldest first. */
    public List<UserSummary> findByScimExternalIdInCompany(CompanyId companyId, String externalId) {
        return users.findByCompanyIdAndScimExternalIdOrderById(companyId.value(), externalId).stream()
                .map(UserService::toSummary).toList();
    }

    /**
     * Keeps the SCIM client's own id of the user ({@code externalId}, 1 to {@value #MAX_SCIM_EXTERNAL_ID} characters
     * without control characters, exactly as sent; {@code null} removes it). Audited when it changes.
     */
    @Transactional
    public UserSummary setScimExternalId(CompanyId companyId, long userId, @Nullable String externalId,
                                         String actor) {
        if (externalId != null && (externalId.isEmpty() || externalId.length() > MAX_SCIM_EXTERNAL_ID
                || externalId.chars().anyMatch(Character::isISOControl))) {
            throw new UserException(UserException.Reason.INVALID, "externalId has 1 to " + MAX_SCIM_EXTERNAL_ID
                    + " characters without control characters");
        }
        PortalUser user = requireInCompany(companyId, userId);
        if (Objects.equals(externalId, user.getScimExternalId())) {
            return toSummary(user);
        }
        user.setScimExternalId(externalId);
        user.touch(clock.instant());
        audit.record(AuditEntry.of(companyId, actor, "user.changed", "Changed " + user.getEmail() + ": SCIM externalId "
                + (externalId == null ? "removed" : "\"" + externalId + "\"")));
        return toSummary(user);
    }

    private PortalUser requireInCompany(CompanyId companyId, long userId) {
        return users.findByIdAndCompanyId(userId, companyId.value())
                .orElseThrow(() -> new UserException(UserException.Reason.NOT_FOUND, "No such user"));
    }

    /** Loads the principal for a sign-in attempt; empty for an unknown e-mail. */
    public Optional<PortalUserPrincipal> loadPrincipal(String email) {
        return users.findByEmail(normalizeEmail(email)).map(UserService::toPrincipal);
    }

    /** The company a sign-in name belongs to, if it names a customer user; for auditing failed sign-ins. */
    public Optional<CompanyId> companyOfEmail(String email) {
        return users.findByEmail(normalizeEmail(email)).map(UserService::companyOf);
    }

    /**
     * The user of {@code companyId} whose SSO identifier is exactly {@code nameId} (case-sensitive): an explicit
     * identifier first, else a user without one whose e-mail address is exactly {@code nameId}. Inactive users are
     * returned too (the caller refuses them with a clear reason).
     */
    public Optional<PortalUserPrincipal> findForSso(CompanyId companyId, String nameId) {
        Optional<PortalUser> explicit = users.findByCompanyIdAndSsoIdentifier(companyId.value(), nameId)
                .filter(user -> nameId.equals(user.getSsoIdentifier()));
        if (explicit.isPresent()) {
            return explicit.map(UserService::toPrincipal);
        }
        return users.findByCompanyIdAndSsoIdentifierIsNullAndEmail(companyId.value(), nameId).stream()
                .filter(user -> user.getEmail().equals(nameId))
                .findFirst().map(UserService::toPrincipal);
    }

    /**
     * Sets (or with {@code null} / blank clears) a user's SSO identifier; only an admin of the user's company may.
     * The identifier is kept exactly as given: no trimming, no case folding.
     */
    @Transactional
    public UserSummary setSsoIdentifier(PortalUserPrincipal admin, long userId, @Nullable String identifier) {
        PortalUser user = users.findById(userId)
                .filter(found -> admin.companyAdmin() && found.getCompanyId() != null
                        && found.getCompanyId() == admin.requireCompanyId().value())
                .orElseThrow(() -> new UserException(UserException.Reason.FORBIDDEN, "No such user in your company"));
        String value = identifier == null || identifier.isBlank() ? null : identifier;
        assignSsoIdentifier(user, value);
        audit.record(AuditEntry.of(companyOf(user), admin.email(), "user.sso-identifier.changed",
                "SSO identifier of " + user.getEmail() + (value == null ? " cleared (the e-mail is used)"
                        : " set to \"" + value + "\"")));
        return toSummary(user);
    }

    /**
     * Login binding: after an SSO sign-in with an identifier nobody uses, the person then signed in directly as
     * {@code userId}; from now on that identifier signs in as this user.
     */
    @Transactional
    public void bindSsoIdentifier(long userId, CompanyId companyId, String identifier, @Nullable String remoteAddress) {
        PortalUser user = users.findById(userId)
                .filter(found -> found.getCompanyId() != null && found.getCompanyId() == companyId.value())
                .orElseThrow(() -> new UserException(UserException.Reason.FORBIDDEN, "No such user in this company"));
        assignSsoIdentifier(user, identifier);
        audit.record(new AuditEntry(companyId, user.getEmail(), "user.sso-identifier.bound",
                "SSO identifier \"" + identifier + "\" bound to " + user.getEmail()
                        + " by login binding (an SSO sign-in with an unknown identifier, then a direct sign-in)",
                remoteAddress));
    }

    private void assignSsoIdentifier(PortalUser user, @Nullable String identifier) {
        if (identifier != null) {
            if (identifier.isEmpty() || identifier.length() > MAX_SSO_IDENTIFIER_LENGTH
                    || identifier.chars().anyMatch(Character::isISOControl) || !identifier.equals(identifier.strip())) {
                throw new UserException(UserException.Reason.INVALID, "An SSO identifier has 1 to "
                        + MAX_SSO_IDENTIFIER_LENGTH + " characters, no control characters and no surrounding spaces");
            }
            CompanyId companyId = companyOf(user);
            Optional<PortalUserPrincipal> holder = companyId == null ? Optional.empty() : findForSso(companyId, identifier);
            if (holder.isPresent() && holder.get().userId() != user.requireId()) {
                throw new UserException(UserException.Reason.DUPLICATE_SSO_IDENTIFIER,
                        "Another user of the company already signs in with this SSO identifier");
            }
        }
        if (!Objects.equals(identifier, user.getSsoIdentifier())) {
            user.setSsoIdentifier(identifier);
            user.touch(clock.instant());
        }
        users.flush();
    }

    @Transactional
    public void recordSignIn(long userId) {
        users.findById(userId).ifPresent(user -> user.setLastSignInAt(clock.instant()));
    }

    /**
     * Notes a signed-in UI request of the user as their last activity: one guarded UPDATE that writes only when the
     * stored value is older than {@link #ACTIVITY_PRECISION} (another request may have written it meanwhile).
     */
    @Transactional
    public void recordActivity(long userId) {
        Instant now = clock.instant();
        users.recordActivity(userId, now, now.minus(ACTIVITY_PRECISION));
    }

    /**
     * Checked on every signed-in UI request, in one primary-key read: whether the user is still active and their
     * password was not set by a link after the session signed in at {@code signedInAt}, and whether their last
     * activity is due to be recorded ({@link #recordActivity}), so most requests write nothing.
     */
    public SignedInCheck checkSignedIn(long userId, Instant signedInAt) {
        Instant dueBefore = clock.instant().minus(ACTIVITY_PRECISION);
        return users.findActivityState(userId)
                .map(state -> new SignedInCheck(state.active()
                        && (state.passwordChangedAt() == null || !state.passwordChangedAt().isAfter(signedInAt)),
                        state.lastActivityAt() == null || state.lastActivityAt().isBefore(dueBefore)))
                .orElse(new SignedInCheck(false, false));
    }

    /** The ids among {@code userIds} of users that are no longer active (or no longer exist). */
    public Set<Long> notActiveAmong(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        Set<Long> inactive = new HashSet<>(userIds);
        inactive.removeAll(users.findActiveIds(userIds));
        return inactive;
    }

    public boolean operatorExists() {
        return users.existsBySystemRole(SystemRole.OPERATOR);
    }

    public boolean emailExists(String email) {
        return users.existsByEmail(normalizeEmail(email));
    }

    public Optional<UserSummary> find(long userId) {
        return users.findById(userId).map(UserService::toSummary);
    }

    /** The users of the actor's own company; only its admins may list them. */
    public List<UserSummary> listCompanyUsers(PortalUserPrincipal actor) {
        if (!actor.hasRole(SystemRole.ADMIN)) {
            throw new UserException(UserException.Reason.FORBIDDEN, "Only a company admin may list its users");
        }
        return users.findByCompanyIdOrderByLastNameAscFirstNameAsc(actor.requireCompanyId().value()).stream()
                .map(UserService::toSummary).toList();
    }

    /** Sets the user's password under the password policy (a refused one is {@code INVALID}, nothing changed). */
    void setPassword(PortalUser user, String password) {
        user.changePassword(encode(password), clock.instant());
    }

    /** How a new password breaks the password policy. */
    enum PasswordProblem {
        /** fewer than {@value #MIN_PASSWORD_LENGTH} characters */
        TOO_SHORT("A password needs at least " + MIN_PASSWORD_LENGTH + " characters"),
        /** more than {@value #MAX_PASSWORD_BYTES} bytes (UTF-8), all that BCrypt reads */
        TOO_LONG("A password may have at most " + MAX_PASSWORD_BYTES + " bytes");

        private final String message;

        PasswordProblem(String message) {
            this.message = message;
        }

        String message() {
            return message;
        }
    }

    /** The password policy: what is wrong with {@code password}, or {@code null} when it may be set. */
    static @Nullable PasswordProblem passwordProblem(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            return PasswordProblem.TOO_SHORT;
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return PasswordProblem.TOO_LONG;
        }
        return null;
    }

    private String encode(String password) {
        PasswordProblem problem = passwordProblem(password);
        if (problem != null) {
            throw new UserException(UserException.Reason.INVALID, problem.message());
        }
        return passwordEncoder.encode(password);
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    static @Nullable CompanyId companyOf(PortalUser user) {
        return user.getCompanyId() == null ? null : new CompanyId(user.getCompanyId());
    }

    static PortalUserPrincipal toPrincipal(PortalUser user) {
        return new PortalUserPrincipal(user.requireId(), companyOf(user), user.getEmail(), user.getDisplayName(),
                user.getSystemRole(), user.getPasswordHash(), user.isActive(), user.getProfile().ssoLoginMode());
    }

    static UserSummary toSummary(PortalUser user) {
        return new UserSummary(user.requireId(), companyOf(user), user.getEmail(), user.getFirstName(),
                user.getLastName(), user.getSystemRole(), user.isActive(), user.getCreatedAt(), user.getLastSignInAt(),
                user.getSsoIdentifier(), user.getUpdatedAt(), user.getLastActivityAt(), user.getProfile(),
                user.getScimExternalId());
    }
}
