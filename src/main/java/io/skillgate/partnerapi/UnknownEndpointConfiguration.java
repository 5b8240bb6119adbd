package io.skillgate.partnerapi;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

import io.skillgate.base.ApiRequestErrors;

/** Anything under the partner API prefix that no endpoint serves is a 404 in SR's shape, not Vaadin's HTML page. */
@Configuration(proxyBeanMethods = false)
class UnknownEndpointConfiguration {

    @Bean
    SimpleUrlHandlerMapping partnerApiFallbackMapping() {
        return ApiRequestErrors.unknownEndpoints(PartnerApiPaths.BASE + "/**");
    }
}
