package io.skillgate.sandbox;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.mock.web.MockServletContext;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import io.skillgate.sandbox.ui.SandboxView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The sandbox exists in dev and tests, and no bean of it — nor its page — in prod. */
class SandboxProfileTest {

    private static ClassPathScanningCandidateComponentProvider scanner(String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.setActiveProfiles(profiles);
        return new ClassPathScanningCandidateComponentProvider(true, environment);
    }

    private static Set<String> sandboxBeans(String... profiles) {
        return scanner(profiles).findCandidateComponents("io.skillgate.sandbox").stream()
                .map(BeanDefinition::getBeanClassName)
                .collect(Collectors.toSet());
    }

    /**
     * The routes Vaadin has once it started in these profiles: every {@link VaadinServiceInitListener} component
     * of the sandbox that the profiles activate runs against a fresh application route registry, as Vaadin runs
     * them at start-up (other modules' listeners need their Spring beans and register no routes). (The {@code @Route} classes of the class-path scan come on top: see the next test.)
     */
    private static RouteConfiguration routesAfterStartIn(String... profiles) throws Exception {
        VaadinContext context = new VaadinServletContext(new MockServletContext());
        VaadinService service = mock(VaadinService.class);
        when(service.getContext()).thenReturn(context);
        for (BeanDefinition bean : scanner(profiles).findCandidateComponents("io.skillgate.sandbox")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            if (VaadinServiceInitListener.class.isAssignableFrom(type)) {
                var constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                ((VaadinServiceInitListener) constructor.newInstance()).serviceInit(new ServiceInitEvent(service));
            }
        }
        return RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(context));
    }

    @Test
    void noSandboxBeanInProd() {
        assertThat(sandboxBeans("prod")).isEmpty();
    }

    @Test
    void theSandboxIsThereInDev() {
        assertThat(sandboxBeans("dev")).contains(SandboxState.class.getName(),
                SandboxSecurityConfiguration.class.getName(), SandboxTokenController.class.getName(),
                SandboxPartnerController.class.getName(), SandboxOrderController.class.getName(),
                SandboxDataController.class.getName(), SandboxPlayer.class.getName(),
                "io.skillgate.sandbox.ui.SandboxRouteRegistration");
    }

    @Test
    void noSandboxClassIsARouteForVaadinsClassPathScan() {
        var routes = new ClassPathScanningCandidateComponentProvider(false);
        routes.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        routes.addIncludeFilter(new AnnotationTypeFilter(RouteAlias.class));
        assertThat(routes.findCandidateComponents("io.skillgate.sandbox")).isEmpty();
        assertThat(routes.findCandidateComponents("io.skillgate.security")).as("the scan itself works").isNotEmpty();
    }

    @Test
    void thePlaySrPageIsARouteInDevAndTestsButNotInProd() throws Exception {
        assertThat(routesAfterStartIn("dev").getRoute("sandbox")).contains(SandboxView.class);
        assertThat(routesAfterStartIn().getRoute("sandbox")).as("no profile active").contains(SandboxView.class);
        assertThat(routesAfterStartIn("prod").getRoute("sandbox")).isEmpty();
        assertThat(routesAfterStartIn("prod").isRouteRegistered(SandboxView.class)).isFalse();
    }
}
