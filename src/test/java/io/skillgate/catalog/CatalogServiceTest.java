package io.skillgate.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.CreatePackageCommand.NewAssessment;
import io.skillgate.company.CompanyService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class CatalogServiceTest {

    @Autowired
    private CatalogService catalog;

    @Autowired
    private CompanyService companies;

    private static CreatePackageCommand command(String name) {
        return new CreatePackageCommand(name, "A package", AssessmentType.SKILL_TEST,
                List.of(new NewAssessment("First", "one", AssessmentType.SKILL_TEST),
                        new NewAssessment("Second", "two", AssessmentType.SKILL_TEST)));
    }

    @Test
    void createsAPackageWithOrderedAssessmentsAndPublicIds() {
        CompanyId company = companies.create("Catalog Co", "test").id();
        PackageDetails created = catalog.create(company, command("Backend"), "admin@catalog.test");

        assertThat(created.id()).hasSize(36);
        assertThat(created.assessments()).extracting(PackageDetails.AssessmentDetails::name)
                .containsExactly("First", "Second");
        assertThat(catalog.find(company, created.id())).contains(created);
        assertThat(catalog.activePackages(company)).containsExactly(created);
    }

    @Test
    void anotherCompanysPackageIsNeverFound() {
        CompanyId mine = companies.create("Mine Catalog", "test").id();
        CompanyId theirs = companies.create("Theirs Catalog", "test").id();
        PackageDetails theirPackage = catalog.create(theirs, command("Secret"), "test");

        assertThat(catalog.find(mine, theirPackage.id())).isEmpty();
        assertThat(catalog.activePackages(mine)).isEmpty();
    }

    @Test
    void refusesInvalidPackagesAndWritesNothing() {
        CompanyId company = companies.create("Invalid Catalog", "test").id();
        assertThatThrownBy(() -> catalog.create(company, command(" "), "test"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("name");
        assertThatThrownBy(() -> catalog.create(company, command("x".repeat(201)), "test"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catalog.hasPackages(company)).isFalse();
    }

    @Test
    void theDemoCompanyHasItsPackages() {
        CompanyId acme = companies.findBySlug("acme").orElseThrow().id();
        assertThat(catalog.activePackages(acme)).extracting(PackageDetails::type)
                .contains(AssessmentType.SKILL_TEST, AssessmentType.INLINE_ASSESSMENT);
    }
}
