package io.skillgate.usersapi.v201804;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code {content:[…]}}: the system roles or access groups. */
public record ContentResponse(@JsonProperty("content") List<NamedRef> content) {

    public ContentResponse {
        content = List.copyOf(content);
    }
}
