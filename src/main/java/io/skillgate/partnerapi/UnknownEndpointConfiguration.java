package io.skillgate.partnerapi;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * Anything under the partner API prefix that no endpoint serves is a 404 in SR's shape. Without this, Spring
 * would forward the request to the Vaadin servlet, which answers with an HTML page. Ordered after the
 * controllers' mapping, so a known path with a wrong method or media type still gets its 405 or 415.
 */
@Configuration(proxyBeanMethods = false)
class UnknownEndpointConfiguration {

    @Bean
    SimpleUrlHandlerMapping partnerApiFallbackMapping() {
        HttpRequestHandler notFound = (request, response) -> {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType("application/json");
            response.getWriter().write("{\"message\":\"Not Found\",\"errors\":[{\"code\":\"NOT_FOUND\","
                    + "\"message\":\"No such endpoint\"}]}");
        };
        return new SimpleUrlHandlerMapping(Map.of(PartnerApiPaths.BASE + "/**", notFound),
                Ordered.LOWEST_PRECEDENCE - 10);
    }
}
