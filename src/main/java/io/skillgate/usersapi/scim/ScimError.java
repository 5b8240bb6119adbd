package io.skillgate.usersapi.scim;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** SCIM's error body: {@code {schemas:[…Error], status:"400", scimType?, detail}} (status is a string). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ScimError(@JsonProperty("schemas") List<String> schemas, @JsonProperty("status") String status,
                 @JsonProperty("scimType") @Nullable String scimType, @JsonProperty("detail") String detail) {

    static final MediaType SCIM_JSON = MediaType.valueOf(Scim.MEDIA_TYPE);

    static ResponseEntity<ScimError> respond(HttpStatus status, @Nullable String scimType, String detail) {
        return ResponseEntity.status(status).contentType(SCIM_JSON)
                .body(new ScimError(List.of(Scim.ERROR), Integer.toString(status.value()), scimType, detail));
    }
}
