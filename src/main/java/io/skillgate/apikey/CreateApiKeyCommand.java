package io.skillgate.apikey;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A new API key: a name the admin recognises it by, what it is for, and at least one scope. */
public record CreateApiKeyCommand(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 500) String description,
        @NotEmpty Set<ApiKeyScope> scopes) {

    public CreateApiKeyCommand {
        scopes = Set.copyOf(scopes);
    }
}
