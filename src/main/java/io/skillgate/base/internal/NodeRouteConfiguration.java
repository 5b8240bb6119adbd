package io.skillgate.base.internal;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Several nodes behind a load balancer: with {@code skillgate.node-route} set (e.g. {@code n1}), Tomcat appends it
 * to every session id ({@code JSESSIONID=…​.n1}), so the balancer can send a UI session back to the node that holds
 * it (sticky sessions without a balancer of its own cookie: see {@code docker/scale/nginx.conf}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("skillgate.node-route")
class NodeRouteConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> nodeRoute(Environment environment) {
        String route = environment.getRequiredProperty("skillgate.node-route");
        if (!route.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalStateException("skillgate.node-route must be 1 to 32 letters, digits, _ or -");
        }
        return factory -> factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                for (Container parent = context.getParent(); parent != null; parent = parent.getParent()) {
                    if (parent instanceof Engine engine) {
                        engine.setJvmRoute(route);
                    }
                }
            }
        }));
    }
}
