package io.skillgate.usersapi.scim;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What IdPs read to learn what we serve (RFC 7644 §4): fixed documents in {@code resources/scim/}. */
@RestController
@RequestMapping(path = Scim.BASE, produces = {Scim.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
class ScimDiscoveryController {

    private final JsonNode serviceProviderConfig;
    private final List<JsonNode> resourceTypes;
    private final List<JsonNode> schemas;

    ScimDiscoveryController(ObjectMapper json) throws IOException {
        this.serviceProviderConfig = read(json, "ServiceProviderConfig");
        this.resourceTypes = list(read(json, "ResourceTypes"));
        this.schemas = list(read(json, "Schemas"));
    }

    @GetMapping("/ServiceProviderConfig")
    JsonNode serviceProviderConfig() {
        return serviceProviderConfig;
    }

    @GetMapping("/ResourceTypes")
    ScimResources.ListResponse<JsonNode> resourceTypes() {
        return ScimResources.ListResponse.of(resourceTypes.size(), 1, resourceTypes);
    }

    @GetMapping("/ResourceTypes/{id}")
    JsonNode resourceType(@PathVariable String id) {
        return byId(resourceTypes, id, "No such resource type");
    }

    @GetMapping("/Schemas")
    ScimResources.ListResponse<JsonNode> schemas() {
        return ScimResources.ListResponse.of(schemas.size(), 1, schemas);
    }

    @GetMapping("/Schemas/{id}")
    JsonNode schema(@PathVariable String id) {
        return byId(schemas, id, "No such schema");
    }

    private static JsonNode byId(List<JsonNode> documents, String id, String notFound) {
        return documents.stream().filter(document -> document.path("id").asText().equals(id)).findFirst()
                .orElseThrow(() -> ScimException.notFound(notFound));
    }

    private static JsonNode read(ObjectMapper json, String name) throws IOException {
        try (InputStream in = new ClassPathResource("scim/" + name + ".json").getInputStream()) {
            return json.readTree(in);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return List.copyOf(items);
    }
}
