package io.skillgate.access;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
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
    static final int MIN_PASSWORD_LENGTH = 12;
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_SSO_IDENTIFIER_LENGTH = 255;

    private final PortalUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;

    UserService(PortalUserRepository users, PasswordEncoder passwordEncoder, AuditService audit, Validator validator,
                Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public UserSummary create(CreateUserCommand request, String actor) {
        CreateUserCommand command = new CreateUserCommand(request.companyId(), normalizeEmail(request.email()),
                request.firstName().strip(), request.lastName().strip(), request.role(), request.password(),
                request.active());
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
        UserSummary created = toSummary(users.save(user));
        audit.record(AuditEntry.of(companyId, actor, "user.created",
                "Created " + command.role() + " " + email + (command.active() ? " (active)" : " (inactive)")));
        return created;
    }

    @Transactional
    public void setActive(long userId, boolean active, String actor) {
        PortalUser user = users.findById(userId)
                .orElseThrow(() -> new UserException(UserException.Reason.INVALID, "No such user"));
        user.setActive(active);
        audit.record(AuditEntry.of(companyOf(user), actor, active ? "user.activated" : "user.deactivated",
                (active ? "Activated " : "Deactivated ") + user.getEmail()));
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
            if (identifier.length() > MAX_SSO_IDENTIFIER_LENGTH || identifier.chars().anyMatch(Character::isISOControl)
                    || !identifier.equals(identifier.strip())) {
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
        user.setSsoIdentifier(identifier);
        users.flush();
    }

    @Transactional
    public void recordSignIn(long userId) {
        users.findById(userId).ifPresent(user -> user.setLastSignInAt(clock.instant()));
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

    private String encode(String password) {
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserException(UserException.Reason.INVALID,
                    "A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new UserException(UserException.Reason.INVALID,
                    "A password may have at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        return passwordEncoder.encode(password);
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable CompanyId companyOf(PortalUser user) {
        return user.getCompanyId() == null ? null : new CompanyId(user.getCompanyId());
    }

    private static PortalUserPrincipal toPrincipal(PortalUser user) {
        return new PortalUserPrincipal(user.requireId(), companyOf(user), user.getEmail(), user.getDisplayName(),
                user.getSystemRole(), user.getPasswordHash(), user.isActive());
    }

    private static UserSummary toSummary(PortalUser user) {
        return new UserSummary(user.requireId(), companyOf(user), user.getEmail(), user.getFirstName(),
                user.getLastName(), user.getSystemRole(), user.isActive(), user.getCreatedAt(), user.getLastSignInAt(),
                user.getSsoIdentifier());
    }
}
