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
                user.getLastName(), user.getSystemRole(), user.isActive(), user.getCreatedAt(), user.getLastSignInAt());
    }
}
