package io.skillgate;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
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

    private static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS = List.of(RolesAllowed.class,
            PermitAll.class, AnonymousAllowed.class, DenyAll.class);

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

    /**
     * A view registered at run time ({@code RouteConfiguration.setRoute(...)}, as the sandbox's page is, so that it
     * exists only in some profiles) has no {@code @Route} for the two rules above to see: the same rules hold for
     * the class literals a registering class names. A registration that names no view class is a violation, as
     * its views could not be checked.
     */
    @ArchTest
    static final ArchRule viewsRegisteredAtRunTimeLiveInUiPackagesAndSayWhoMayOpenThem = classes()
            .that(new DescribedPredicate<JavaClass>("call RouteConfiguration.setRoute") {
                @Override
                public boolean test(JavaClass type) {
                    return type.getMethodCallsFromSelf().stream().anyMatch(call ->
                            call.getTargetOwner().isEquivalentTo(RouteConfiguration.class)
                                    && call.getName().equals("setRoute"));
                }
            })
            .should(new ArchCondition<>("register only views in ..ui.. that say who may open them") {
                @Override
                public void check(JavaClass registrar, ConditionEvents events) {
                    List<JavaClass> views = registrar.getReferencedClassObjects().stream()
                            .map(ReferencedClassObject::getRawType)
                            .filter(type -> type.isAssignableTo(Component.class)).distinct().toList();
                    if (views.isEmpty()) {
                        events.add(SimpleConditionEvent.violated(registrar, registrar.getName()
                                + " registers routes but names no view class literal"));
                    }
                    views.forEach(view -> {
                        if (!view.getPackageName().contains(".ui")) {
                            events.add(SimpleConditionEvent.violated(view, view.getName()
                                    + " is registered as a route by " + registrar.getName() + " but not in ..ui.."));
                        }
                        if (ACCESS_ANNOTATIONS.stream().noneMatch(view::isAnnotatedWith)) {
                            events.add(SimpleConditionEvent.violated(view, view.getName()
                                    + " is registered as a route by " + registrar.getName()
                                    + " but says not who may open it"));
                        }
                    });
                }
            })
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule restControllersLiveInInboundModules = classes()
            .that().areAnnotatedWith(RestController.class)
            .should().resideInAnyPackage("..partnerapi..", "..usersapi..", "..sandbox..", "io.skillgate.candidate")
            .allowEmptyShould(true);

    /** Otherwise a new Users API controller's errors would miss the API's error shape. */
    @ArchTest
    static final ArchRule usersApiControllersAnswerInTheUsersApiShape = classes()
            .that().areAnnotatedWith(RestController.class).and().resideInAPackage("io.skillgate.usersapi")
            .should().implement("io.skillgate.usersapi.UsersApiController");

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

    @ArchTest
    static final ArchRule nothingDependsOnTheCandidatePages = noClasses()
            .that().resideOutsideOfPackage("io.skillgate.candidate..")
            .should().dependOnClassesThat().resideInAPackage("io.skillgate.candidate..");

    static String moduleOf(JavaClass type) {
        String rest = type.getPackageName().replaceFirst("^io\\.skillgate\\.?", "");
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

}
