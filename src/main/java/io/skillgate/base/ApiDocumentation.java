package io.skillgate.base;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;

/**
 * One OpenAPI document per machine API, served by springdoc at {@code /api/docs/<group>} (public, read-only: the
 * documents hold no data). Each API module declares its own group with {@link #group}.
 */
public final class ApiDocumentation {

    public static final String PATH = "/api/docs";
    private static final String SCHEME = "bearer";

    private ApiDocumentation() {
    }

    /** A bearer-token security scheme whose description says what the token is. */
    public static SecurityScheme bearer(String description) {
        return new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description(description);
    }

    /** The document of the API under {@code basePath}: its info, and every operation behind the given scheme. */
    public static GroupedOpenApi group(String name, String basePath, String title, String version,
                                       String description, SecurityScheme security) {
        return GroupedOpenApi.builder().group(name).pathsToMatch(basePath + "/**")
                .addOpenApiCustomizer(api -> api
                        .info(new Info().title(title).version(version).description(description))
                        .components((api.getComponents() == null ? new Components() : api.getComponents())
                                .addSecuritySchemes(SCHEME, security))
                        .security(List.of(new SecurityRequirement().addList(SCHEME))))
                .build();
    }
}
