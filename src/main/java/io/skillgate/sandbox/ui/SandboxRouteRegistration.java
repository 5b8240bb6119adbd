package io.skillgate.sandbox.ui;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * Registers {@link SandboxView} at {@code /sandbox} and {@link SandboxMailboxView} at {@code /sandbox/mailbox}
 * when Vaadin starts. Vaadin registers {@code @Route} classes by
 * a class-path scan whatever the Spring profile, so the view carries no {@code @Route}: only this bean, absent in
 * prod like every sandbox bean, makes the route exist.
 */
@Component
@Profile("!prod")
class SandboxRouteRegistration implements VaadinServiceInitListener {

    static final String ROUTE = "sandbox";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration routes = RouteConfiguration.forRegistry(
                ApplicationRouteRegistry.getInstance(event.getSource().getContext()));
        if (!routes.isRouteRegistered(SandboxView.class)) {
            routes.setRoute(ROUTE, SandboxView.class);
        }
        if (!routes.isRouteRegistered(SandboxMailboxView.class)) {
            routes.setRoute(ROUTE + "/mailbox", SandboxMailboxView.class);
        }
    }
}
