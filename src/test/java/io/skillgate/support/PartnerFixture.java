package io.skillgate.support;

import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;

import io.skillgate.base.CompanyId;
import io.skillgate.base.SignedInUser;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.connection.ConnectionService;
import io.skillgate.connection.ConsentService;
import io.skillgate.connection.IssuedCredential;
import io.skillgate.smartrecruiters.PartnerConfigurationService;

/** A customer company connected to SR, as the partner API tests need it, made through the services. */
public final class PartnerFixture {

    private static final AtomicInteger TOKEN_ADDRESSES = new AtomicInteger();

    /** The company, the credential SR got for it, and a fresh access token. */
    public record Connected(CompanyId company, IssuedCredential credential, String token) {

        public String srCompanyId() {
            return credential.srCompanyId();
        }
    }

    private final CompanyService companies;
    private final ConnectionService connections;
    private final CatalogService catalog;

    public PartnerFixture(ApplicationContext context) {
        this.companies = context.getBean(CompanyService.class);
        this.connections = context.getBean(ConnectionService.class);
        this.catalog = context.getBean(CatalogService.class);
    }

    /** A new company (unique name) connected to a new SR company, with a token issued from its own address. */
    public Connected connect(String name) {
        String suffix = Long.toString(System.nanoTime());
        CompanyId company = companies.create(name + " " + suffix, "test").id();
        IssuedCredential credential = connections.connect(company, "sr-" + suffix, "test");
        int n = TOKEN_ADDRESSES.incrementAndGet();
        String token = connections.issueToken(credential.clientId(), credential.clientSecret(),
                "10.250." + (n / 250) + "." + (n % 250 + 1)).accessToken();
        return new Connected(company, credential, token);
    }

    /** An admin of a new company, as the consent page's signed-in user. */
    public record Admin(String email, String displayName, CompanyId companyId, boolean companyAdmin)
            implements SignedInUser {
    }

    /**
     * A new company connected the real way — our partner configuration at the sandbox, then the consent grant,
     * which exchanges credentials with the sandbox — so SR's credential for it is stored and usable.
     */
    public CompanyId connectThroughSandbox(ApplicationContext context, String name) {
        PartnerConfigurationService configuration = context.getBean(PartnerConfigurationService.class);
        if (!configuration.configureNow().success()) {
            throw new IllegalStateException("The sandbox did not take our partner configuration");
        }
        ConsentService consent = context.getBean(ConsentService.class);
        CompanyId company = companies.create(name + " " + System.nanoTime(), "test").id();
        consent.grant(new Admin("admin-" + company.value() + "@fixture.test", "Fixture Admin", company, true),
                consent.check("sr-" + UUID.randomUUID(), "https://www.smartrecruiters.com/integrations"));
        return company;
    }

    /** A package of the given type with one assessment of the same type per name. */
    public PackageDetails addPackage(CompanyId company, String name, AssessmentType type, String... assessments) {
        return catalog.create(company, new CreatePackageCommand(name, "", type, Arrays.stream(assessments)
                .map(a -> new CreatePackageCommand.NewAssessment(a, "", type)).toList()), "test");
    }
}
