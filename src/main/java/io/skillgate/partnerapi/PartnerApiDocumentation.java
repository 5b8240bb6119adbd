package io.skillgate.partnerapi;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.skillgate.base.ApiDocumentation;

/** The partner API's OpenAPI document (what SmartRecruiters calls), served at {@code /api/docs/partner-v1}. */
@Configuration(proxyBeanMethods = false)
class PartnerApiDocumentation {

    @Bean
    GroupedOpenApi partnerApiDocument() {
        return ApiDocumentation.group("partner-v1", PartnerApiPaths.BASE,
                "Skillgate assessment-partner API", "v1",
                "The endpoints SmartRecruiters calls: token (OAuth 2.0 client credentials of a connected company), "
                        + "package list, one package, order, inline order, disable. Errors come as "
                        + "{message, errors:[{code, message}]}.",
                ApiDocumentation.bearer("access token from " + PartnerApiPaths.BASE + "/oauth/token"));
    }
}
