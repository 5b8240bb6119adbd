package io.skillgate.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private static CreatePackageCommand offered(String name, PackageAvailability availability) {
        return new CreatePackageCommand(name, "", AssessmentType.SKILL_TEST, List.of(), availability);
    }

    private List<String> names(CompanyId company, PackageFilter filter) {
        return catalog.activePackages(company, filter).stream().map(PackageDetails::name).toList();
    }

    @Test
    void aNewPackageIsListedAtOnceThoughTheListIsCached() {
        CompanyId company = companies.create("Cached Co", "test").id();
        catalog.create(company, command("First"), "test");
        assertThat(catalog.activePackages(company)).extracting(PackageDetails::name).containsExactly("First");
        catalog.create(company, command("Second"), "test");
        assertThat(catalog.activePackages(company)).extracting(PackageDetails::name).containsExactly("First", "Second");
    }

    @Test
    void keepsWhereAPackageIsOfferedNormalised() {
        CompanyId company = companies.create("Availability Co", "test").id();
        PackageDetails created = catalog.create(company, offered("Local", new PackageAvailability(
                Set.of("de", " at "), false, Map.of("language", " en "))), "test");

        PackageAvailability stored = catalog.find(company, created.id()).orElseThrow().availability();
        assertThat(stored.countries()).containsExactly("AT", "DE");
        assertThat(stored.remote()).isFalse();
        assertThat(stored.fields()).containsExactly(Map.entry("language", "en"));
        assertThat(catalog.create(company, command("Plain"), "test").availability())
                .isEqualTo(PackageAvailability.EVERYWHERE);
    }

    @Test
    void filtersByCountryRemoteAndFieldValuesWherePackagesSayAnything() {
        CompanyId company = companies.create("Filter Co", "test").id();
        catalog.create(company, offered("Anywhere", PackageAvailability.EVERYWHERE), "test");
        catalog.create(company, offered("DACH German", new PackageAvailability(Set.of("DE", "AT", "CH"), true,
                Map.of("language", "de"))), "test");
        catalog.create(company, offered("US on site", new PackageAvailability(Set.of("US"), false, Map.of())), "test");
        catalog.create(company, offered("English senior", new PackageAvailability(Set.of(), true,
                Map.of("language", "en", "level", "senior"))), "test");

        assertThat(names(company, PackageFilter.NONE))
                .containsExactly("Anywhere", "DACH German", "English senior", "US on site");
        assertThat(names(company, new PackageFilter("at", false, Map.of())))
                .containsExactly("Anywhere", "DACH German", "English senior");
        assertThat(names(company, new PackageFilter("US", true, Map.of())))
                .containsExactly("Anywhere", "English senior");
        assertThat(names(company, new PackageFilter("US", false, Map.of())))
                .containsExactly("Anywhere", "English senior", "US on site");
        assertThat(names(company, new PackageFilter(null, false, Map.of("language", " DE "))))
                .containsExactly("Anywhere", "DACH German", "US on site");
        assertThat(names(company, new PackageFilter(null, false, Map.of("language", "en", "level", "junior"))))
                .containsExactly("Anywhere", "US on site");
        assertThat(names(company, new PackageFilter("FR", true, Map.of("language", "fr"))))
                .containsExactly("Anywhere");
    }

    @Test
    void refusesAvailabilityThatIsNotWellFormed() {
        CompanyId company = companies.create("Bad Availability Co", "test").id();
        assertThatThrownBy(() -> catalog.create(company, offered("Nowhere", new PackageAvailability(Set.of("XX"),
                true, Map.of())), "test")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XX");
        assertThatThrownBy(() -> catalog.create(company, offered("Three letters", new PackageAvailability(
                Set.of("DEU"), true, Map.of())), "test")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("countries");
        assertThatThrownBy(() -> catalog.create(company, offered("Bad field id", new PackageAvailability(Set.of(),
                true, Map.of("no spaces", "x"))), "test")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> catalog.create(company, offered("Blank value", new PackageAvailability(Set.of(),
                true, Map.of("language", " "))), "test")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> catalog.create(company, offered("Six fields", new PackageAvailability(Set.of(),
                true, Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6"))), "test"))
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
