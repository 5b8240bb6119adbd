package io.skillgate.support;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.connection.ConnectionService;
import io.skillgate.connection.IssuedCredential;

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

    /** A package of the given type with one assessment of the same type per name. */
    public PackageDetails addPackage(CompanyId company, String name, AssessmentType type, String... assessments) {
        return catalog.create(company, new CreatePackageCommand(name, "", type, Arrays.stream(assessments)
                .map(a -> new CreatePackageCommand.NewAssessment(a, "", type)).toList()), "test");
    }
}
