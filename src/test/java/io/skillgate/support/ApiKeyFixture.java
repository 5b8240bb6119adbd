package io.skillgate.support;

import java.util.Set;

import org.springframework.context.ApplicationContext;

import io.skillgate.access.AccessGroupService;
import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.apikey.ApiKeyService;
import io.skillgate.apikey.CreateApiKeyCommand;
import io.skillgate.apikey.IssuedApiKey;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;

/** A new company with an admin, made through the services, and API keys of it: for the Users API tests. */
public final class ApiKeyFixture {

    private final CompanyService companies;
    private final UserService users;
    private final ApiKeyService keys;
    private final AccessGroupService groups;

    public ApiKeyFixture(ApplicationContext context) {
        this.companies = context.getBean(CompanyService.class);
        this.users = context.getBean(UserService.class);
        this.keys = context.getBean(ApiKeyService.class);
        this.groups = context.getBean(AccessGroupService.class);
    }

    /** A company and one of its admins, both new. */
    public record Tenant(CompanyId company, PortalUserPrincipal admin, String suffix) {
    }

    public Tenant tenant(String name) {
        String suffix = Long.toString(System.nanoTime());
        CompanyId company = companies.create(name + " " + suffix, "test").id();
        String email = "admin-" + suffix + "@" + name.toLowerCase().replace(' ', '-') + ".test";
        users.create(new CreateUserCommand(company, email, "Ada", "Admin", SystemRole.ADMIN, null, true), "test");
        return new Tenant(company, users.loadPrincipal(email).orElseThrow(), suffix);
    }

    public IssuedApiKey key(Tenant tenant, ApiKeyScope... scopes) {
        return keys.create(tenant.admin(), new CreateApiKeyCommand("Key " + System.nanoTime(), "for tests",
                Set.of(scopes)));
    }

    public UserSummary user(Tenant tenant, String firstName, String lastName) {
        String email = firstName.toLowerCase() + "." + lastName.toLowerCase() + "-" + System.nanoTime() + "@test.test";
        return users.create(new CreateUserCommand(tenant.company(), email, firstName, lastName, SystemRole.RECRUITER,
                null, false), "test");
    }

    public long group(Tenant tenant, String name) {
        return groups.create(tenant.admin(), name + " " + System.nanoTime()).id();
    }
}
