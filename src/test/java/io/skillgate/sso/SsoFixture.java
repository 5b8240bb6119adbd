package io.skillgate.sso;

import org.springframework.context.ApplicationContext;

import io.skillgate.access.CreateUserCommand;
import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;
import io.skillgate.company.CompanySummary;

/** A company with SSO set up against a {@link SamlTestIdp}, an admin and a recruiter, made through the services. */
public final class SsoFixture {

    public static final String PASSWORD = "correct-horse-battery";

    public final CompanySummary company;
    public final PortalUserPrincipal admin;
    public final String recruiterEmail;
    public final SamlTestIdp idp;
    private final SsoService sso;
    private final UserService users;

    public SsoFixture(ApplicationContext context, SamlTestIdp idp) {
        this.sso = context.getBean(SsoService.class);
        this.users = context.getBean(UserService.class);
        this.idp = idp;
        String suffix = Long.toString(System.nanoTime());
        this.company = context.getBean(CompanyService.class).create("Sso Corp " + suffix, "test");
        CompanyId id = company.id();
        String adminEmail = "admin-" + suffix + "@sso.test";
        users.create(new CreateUserCommand(id, adminEmail, "Ada", "Admin", SystemRole.ADMIN, PASSWORD, true), "test");
        this.admin = users.loadPrincipal(adminEmail).orElseThrow();
        this.recruiterEmail = "rita-" + suffix + "@sso.test";
        users.create(new CreateUserCommand(id, recruiterEmail, "Rita", "Recruiter", SystemRole.RECRUITER, PASSWORD,
                true), "test");
    }

    /** Manual IdP settings: enabled, RSA-SHA256, e-mail NameID, IdP-initiated allowed, login binding on. */
    public SsoSettingsDetails enable() {
        return save(command(true, true, false, null));
    }

    public SsoSettingsDetails save(SaveSsoSettingsCommand command) {
        return sso.save(admin, command, "127.0.0.1");
    }

    public SaveSsoSettingsCommand command(boolean idpInitiated, boolean loginBinding, boolean ssoOnly,
                                          String breakGlass) {
        return new SaveSsoSettingsCommand(true, IdpSource.MANUAL, null, null, idp.entityId(), SamlTestIdp.SSO_URL,
                idp.certificatePem(), null, SignatureAlgorithm.RSA_SHA256, NameIdFormat.EMAIL, idpInitiated,
                loginBinding, ssoOnly, breakGlass);
    }

    public SsoSettingsDetails settings() {
        return sso.settings(admin);
    }

    public String acsPath() {
        return "/login/saml2/sso/" + company.slug();
    }

    /** A response spec for {@code nameId} aimed at this company's SP. */
    public SamlTestIdp.Spec spec(String nameId) {
        SsoSettingsDetails details = settings();
        return idp.spec(nameId, details.spEntityId(), details.acsUrl());
    }

    public UserService users() {
        return users;
    }
}
