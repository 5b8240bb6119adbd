package io.skillgate.catalog.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.CreatePackageCommand.NewAssessment;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.catalog.PackageAvailability;
import io.skillgate.company.CompanyService;

/**
 * Dev profile only: Acme's demo packages, created once after the demo company exists. They show the package-list
 * filters: an English and a German-speaking (DE/AT/CH) Java test by the custom field {@code language}, and an
 * on-site check for the US and Canada that is not offered for remote jobs.
 */
@Component
@Profile("dev")
@Order(20)
class DemoPackages implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPackages.class);

    private final CompanyService companies;
    private final CatalogService catalog;

    DemoPackages(CompanyService companies, CatalogService catalog) {
        this.companies = companies;
        this.catalog = catalog;
    }

    @Override
    public void run(ApplicationArguments args) {
        companies.findBySlug("acme").filter(acme -> !catalog.hasPackages(acme.id())).ifPresent(acme -> {
            catalog.create(acme.id(), new CreatePackageCommand("Java developer skills",
                    "Core Java, collections and concurrency; 30 minutes.", AssessmentType.SKILL_TEST,
                    List.of(new NewAssessment("Java basics", "Language fundamentals", AssessmentType.SKILL_TEST,
                                    900, javaBasics()),
                            new NewAssessment("Concurrency", "Threads, locks and executors",
                                    AssessmentType.SKILL_TEST, 900, concurrency())),
                    new PackageAvailability(Set.of(), true, Map.of("language", "en"))), "demo-data");
            catalog.create(acme.id(), new CreatePackageCommand("Java-Kenntnisse",
                    "Java-Grundlagen und Nebenläufigkeit; 30 Minuten, auf Deutsch.", AssessmentType.SKILL_TEST,
                    List.of(new NewAssessment("Java-Grundlagen", "Sprachgrundlagen", AssessmentType.SKILL_TEST, 1800,
                            List.of(NewQuestion.singleChoice("Welcher Typ speichert ganze Zahlen mit 64 Bit?",
                                            List.of("int", "long", "short"), 1),
                                    NewQuestion.shortText("Welches Schlüsselwort erzeugt ein Objekt?",
                                            List.of("new"))))),
                    new PackageAvailability(Set.of("DE", "AT", "CH"), true, Map.of("language", "de"))),
                    "demo-data");
            catalog.create(acme.id(), new CreatePackageCommand("Warehouse safety check",
                    "Hands-on safety check at the site; 45 minutes, not for remote jobs.", AssessmentType.SKILL_TEST,
                    List.of(new NewAssessment("Safety walk", "Observed on site", AssessmentType.SKILL_TEST, null,
                            List.of(NewQuestion.multipleChoice("Which belong in a forklift pre-shift check?",
                                    List.of("Brakes", "Horn", "Radio station", "Forks and chains"),
                                    List.of(0, 1, 3))))),
                    new PackageAvailability(Set.of("US", "CA"), false, Map.of())), "demo-data");
            catalog.create(acme.id(), new CreatePackageCommand("Work style profile",
                    "How the candidate prefers to work; 10 minutes.", AssessmentType.BEHAVIORAL_ASSESSMENT,
                    List.of(new NewAssessment("Work style", "Preferences questionnaire",
                            AssessmentType.BEHAVIORAL_ASSESSMENT, 600,
                            List.of(NewQuestion.singleChoice("A teammate is stuck. You…",
                                    List.of("Wait until asked", "Offer help", "Escalate to the manager"), 1))))),
                    "demo-data");
            catalog.create(acme.id(), new CreatePackageCommand("Quick screening",
                    "Three questions during the application; 3 minutes.", AssessmentType.INLINE_ASSESSMENT,
                    List.of(new NewAssessment("Screening", "Knock-out questions", AssessmentType.INLINE_ASSESSMENT,
                            180, List.of(
                            NewQuestion.singleChoice("Are you allowed to work in the job's country?",
                                    List.of("Yes", "No"), 0),
                            NewQuestion.numeric("How many years of experience do you need for this role (3)?",
                                    new BigDecimal("3"), BigDecimal.ZERO),
                            NewQuestion.shortText("Type the word 'ready' to confirm", List.of("ready")))))),
                    "demo-data");
            log.info("Demo packages created for {}", acme.name());
        });
    }

    private static List<NewQuestion> javaBasics() {
        return List.of(
                NewQuestion.singleChoice("Which type holds a 64-bit whole number?", List.of("int", "long", "short"), 1),
                NewQuestion.multipleChoice("Which are Java collection interfaces?",
                        List.of("List", "Map", "Array", "Set"), List.of(0, 1, 3)),
                NewQuestion.shortText("Which keyword creates an object?", List.of("new")),
                NewQuestion.numeric("How many bits has a Java char?", new BigDecimal("16"), BigDecimal.ZERO));
    }

    private static List<NewQuestion> concurrency() {
        return List.of(
                NewQuestion.singleChoice("What makes a field's writes visible to other threads?",
                        List.of("final", "volatile", "static"), 1),
                NewQuestion.multipleChoice("Which are ExecutorService methods?",
                        List.of("submit", "shutdown", "join", "invokeAll"), List.of(0, 1, 3)));
    }
}
