package io.skillgate.usersapi.scim;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The resources we answer, as records; Jackson writes them as SCIM JSON (RFC 7643 §4). */
final class ScimResources {

    private ScimResources() {
    }

    /** {@code meta}: resource type, ISO-8601 instants (where we keep them), absolute location. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Meta(@JsonProperty("resourceType") String resourceType, @JsonProperty("created") @Nullable String created,
                @JsonProperty("lastModified") @Nullable String lastModified,
                @JsonProperty("location") String location) {
    }

    record Name(@JsonProperty("givenName") String givenName, @JsonProperty("familyName") String familyName,
                @JsonProperty("formatted") String formatted) {
    }

    record Email(@JsonProperty("value") String value, @JsonProperty("type") String type,
                 @JsonProperty("primary") boolean primary) {
    }

    record Role(@JsonProperty("value") String value, @JsonProperty("display") String display,
                @JsonProperty("primary") boolean primary) {
    }

    /** A group of a user, or a member of a group: {@code {value: id, display?, $ref}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Ref(@JsonProperty("value") String value, @JsonProperty("display") @Nullable String display,
               @JsonProperty("$ref") String ref) {
    }

    /** {@code externalId} is left out when the client never sent one. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record User(@JsonProperty("schemas") List<String> schemas, @JsonProperty("id") String id,
                @JsonProperty("externalId") @Nullable String externalId, @JsonProperty("userName") String userName,
                @JsonProperty("name") Name name,
                @JsonProperty("displayName") String displayName, @JsonProperty("emails") List<Email> emails,
                @JsonProperty("active") boolean active, @JsonProperty("roles") List<Role> roles,
                @JsonProperty("groups") List<Ref> groups, @JsonProperty("meta") Meta meta) {
    }

    /** {@code members} is left out when the caller excluded it ({@code excludedAttributes=members}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Group(@JsonProperty("schemas") List<String> schemas, @JsonProperty("id") String id,
                 @JsonProperty("displayName") String displayName,
                 @JsonProperty("members") @Nullable List<Ref> members, @JsonProperty("meta") Meta meta) {
    }

    /** {@code ListResponse} (RFC 7644 §3.4.2). */
    record ListResponse<T>(@JsonProperty("schemas") List<String> schemas,
                           @JsonProperty("totalResults") long totalResults,
                           @JsonProperty("startIndex") long startIndex,
                           @JsonProperty("itemsPerPage") int itemsPerPage,
                           @JsonProperty("Resources") List<T> resources) {

        static <T> ListResponse<T> of(long total, long startIndex, List<T> resources) {
            return new ListResponse<>(List.of(Scim.LIST_RESPONSE), total, startIndex, resources.size(),
                    List.copyOf(resources));
        }
    }
}
