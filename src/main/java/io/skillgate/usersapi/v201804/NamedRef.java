package io.skillgate.usersapi.v201804;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code {id, name}}: a system role or an access group. */
public record NamedRef(@JsonProperty("id") String id, @JsonProperty("name") String name) {
}
