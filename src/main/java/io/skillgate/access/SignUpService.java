package io.skillgate.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.company.CompanyService;
import io.skillgate.company.CompanySummary;

/**
 * Self-service sign-up ({@code skillgate.signup.enabled}, on in dev, off by default): creates a customer company and
 * its first, active admin in one transaction — either both exist afterwards or neither.
 */
@Service
public class SignUpService {

    private final CompanyService companies;
    private final UserService users;
    private final boolean enabled;

    SignUpService(CompanyService companies, UserService users,
                  @Value("${skillgate.signup.enabled:false}") boolean enabled) {
        this.companies = companies;
        this.users = users;
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    @Transactional
    public UserSummary signUp(SignUpCommand command) {
        if (!enabled) {
            throw new UserException(UserException.Reason.FORBIDDEN, "Sign-up is not available here. Ask Skillgate "
                    + "for an account.");
        }
        String actor = "signup:" + command.email().strip();
        if (users.emailExists(command.email())) {
            throw new UserException(UserException.Reason.DUPLICATE_EMAIL, "A user with this e-mail already exists. "
                    + "Sign in instead.");
        }
        CompanySummary company;
        try {
            company = companies.create(command.companyName(), actor);
        } catch (IllegalArgumentException e) {
            throw new UserException(UserException.Reason.INVALID, "companyName: " + e.getMessage());
        }
        return users.create(new CreateUserCommand(company.id(), command.email(), command.firstName(),
                command.lastName(), SystemRole.ADMIN, command.password(), true), actor);
    }
}
