package io.skillgate.usersapi;

import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.skillgate.base.ApiDocumentation;

/** The Users API's OpenAPI document, served at {@code /api/docs/users-v201804}. */
@Configuration(proxyBeanMethods = false)
class UsersApiDocumentation {

    @Bean
    GroupedOpenApi usersApiDocument() {
        return ApiDocumentation.group("users-v201804", UsersApiPaths.BASE,
                "Skillgate Users API", "v201804",
                "A company's portal users, their activation, system roles and access groups, shaped like "
                        + "SmartRecruiters' Users API v201804. Authenticate with an API key of the company "
                        + "(Authorization: Bearer sgk_...): reads need users_read or users_manage, writes users_manage; "
                        + "the activity feed (the company's audit events) needs audit_read.",
                ApiDocumentation.bearer("API key (sgk_...)"));
    }
}
