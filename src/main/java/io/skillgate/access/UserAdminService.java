package io.skillgate.access;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.base.CompanyId;

/**
 * What a company admin does to their company's users on the users screen. Each call re-checks that the admin is
 * still an active admin of a company and keeps them from locking themselves out (deactivating themselves, or taking
 * away their own admin role); {@link UserService} validates, keeps to the company and audits.
 */
@Service
@Transactional(readOnly = true)
public class UserAdminService {

    private final UserService users;

    UserAdminService(UserService users) {
        this.users = users;
    }

    /**
     * Creates a user of the admin's company as the Users API does: inactive first, then activated when
     * {@code command.active()}; one transaction, so a refused SSO identifier creates nobody.
     */
    @Transactional
    public UserSummary create(PortalUserPrincipal admin, CreateUserCommand command, @Nullable String ssoIdentifier) {
        CompanyId company = requireAdmin(admin);
        UserSummary created = users.create(new CreateUserCommand(company, command.email(), command.firstName(),
                command.lastName(), command.role(), command.password(), false, command.profile()),
                ssoIdentifier == null || ssoIdentifier.isBlank() ? null : ssoIdentifier, admin.email());
        if (command.active()) {
            users.setActive(company, created.id(), true, admin.email());
        }
        return users.findInCompany(company, created.id()).orElseThrow();
    }

    /** Changes a user of the admin's company ({@link UserService#change}); the admin keeps their own admin role. */
    @Transactional
    public UserSummary change(PortalUserPrincipal admin, long userId, ChangeUserCommand command) {
        CompanyId company = requireAdmin(admin);
        if (userId == admin.userId() && command.role() != SystemRole.ADMIN) {
            throw new UserException(UserException.Reason.FORBIDDEN,
                    "You cannot take away your own admin role; another admin can");
        }
        return users.change(company, userId, command, admin.email());
    }

    /** Activates or deactivates a user of the admin's company; the admin cannot deactivate themselves. */
    @Transactional
    public void setActive(PortalUserPrincipal admin, long userId, boolean active) {
        CompanyId company = requireAdmin(admin);
        if (userId == admin.userId() && !active) {
            throw new UserException(UserException.Reason.FORBIDDEN,
                    "You cannot deactivate yourself; another admin can");
        }
        users.setActive(company, userId, active, admin.email());
    }

    /** The admin's company, if they are (still, as stored) an active admin of it. */
    private CompanyId requireAdmin(PortalUserPrincipal admin) {
        return users.find(admin.userId())
                .filter(current -> current.active() && current.role() == SystemRole.ADMIN
                        && current.companyId() != null && current.companyId().equals(admin.companyId()))
                .map(current -> admin.requireCompanyId())
                .orElseThrow(() -> new UserException(UserException.Reason.FORBIDDEN,
                        "Only an admin of the company may manage its users"));
    }
}
