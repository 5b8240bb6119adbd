package io.skillgate.access.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;

/**
 * Dev profile only: the customer company "Acme" with an admin and a recruiter (credentials in README.md).
 * Created on the first start; later starts find them and change nothing.
 */
@Component
@Profile("dev")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String COMPANY = "Acme";
    static final String ADMIN_EMAIL = "admin@acme.test";
    static final String ADMIN_PASSWORD = "acme-admin-pass";
    static final String RECRUITER_EMAIL = "recruiter@acme.test";
    static final String RECRUITER_PASSWORD = "acme-recruiter-pass";
    static final String AUDITOR_EMAIL = "auditor@acme.test";
    static final String AUDITOR_PASSWORD = "acme-auditor-pass";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final CompanyService companies;
    private final UserService users;

    DemoData(CompanyService companies, UserService users) {
        this.companies = companies;
        this.users = users;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.emailExists(ADMIN_EMAIL)) {
            return;
        }
        CompanyId acme = companies.findBySlug("acme")
                .orElseGet(() -> companies.create(COMPANY, "demo-data")).id();
        users.create(new CreateUserCommand(acme, ADMIN_EMAIL, "Ada", "Admin", SystemRole.ADMIN, ADMIN_PASSWORD, true),
                "demo-data");
        users.create(new CreateUserCommand(acme, RECRUITER_EMAIL, "Rey", "Recruiter", SystemRole.RECRUITER,
                RECRUITER_PASSWORD, true), "demo-data");
        users.create(new CreateUserCommand(acme, AUDITOR_EMAIL, "Aud", "Itor", SystemRole.AUDITOR, AUDITOR_PASSWORD,
                true), "demo-data");
        log.info("Demo data created: company {} with {}, {} and {}", COMPANY, ADMIN_EMAIL, RECRUITER_EMAIL,
                AUDITOR_EMAIL);
    }
}
