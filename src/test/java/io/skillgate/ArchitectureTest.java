package io.skillgate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The rules of STYLE.md §9 that {@code ApplicationModules.verify()} does not cover. */
@AnalyzeClasses(packages = "io.skillgate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyInsideTheirModule = classes()
            .that().areAssignableTo(Repository.class)
            .should(new ArchCondition<>("be used only inside their own module") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    String module = moduleOf(repository);
                    repository.getDirectDependenciesToSelf().forEach(dependency -> {
                        JavaClass user = dependency.getOriginClass();
                        if (!moduleOf(user).equals(module) || user.getPackageName().contains(".ui")) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    });
                }
            });

    @ArchTest
    static final ArchRule viewsDoNotTouchRepositoriesOrAdapters = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("..partnerapi..", "..usersapi..",
                    "..smartrecruiters.internal..");

    @ArchTest
    static final ArchRule contractRecordsReferenceOnlyTheContract = classes()
            .that().resideInAPackage("..partnerapi.v1..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson.annotation..",
                    "jakarta.validation..", "..partnerapi.v1..", "org.jspecify..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule routesLiveInUiPackages = classes()
            .that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule everyRouteSaysWhoMayOpenIt = classes()
            .that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(RolesAllowed.class)
            .orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class)
            .orShould().beAnnotatedWith(DenyAll.class);

    @ArchTest
    static final ArchRule restControllersLiveInInboundModules = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage("..partnerapi..", "..usersapi..", "..sandbox..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule entitiesLiveInDomainPackages = classes()
            .that().areAnnotatedWith(Entity.class).should().resideInAPackage("..domain..");

    @ArchTest
    static final ArchRule servicesDoNotDependOnVaadin = noClasses()
            .that().haveSimpleNameEndingWith("Service")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule noFieldInjection = fields()
            .should().notBeAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule noBareNow = noClasses()
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .because("time comes from the injected Clock");

    @ArchTest
    static final ArchRule nothingDependsOnTheSandbox = noClasses()
            .that().resideOutsideOfPackage("..sandbox..")
            .should().dependOnClassesThat().resideInAPackage("..sandbox..");

    static String moduleOf(JavaClass type) {
        String rest = type.getPackageName().replaceFirst("^io\\.skillgate\\.?", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

}
