package io.skillgate.usersapi.scim;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Calls /scim/v2 as an IdP does (bearer key, {@code application/scim+json}) and checks status and content type. */
final class ScimClient {

    static final String BASE = "/scim/v2";
    static final MediaType SCIM = MediaType.valueOf("application/scim+json");

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final String token;

    ScimClient(MockMvc mvc, ObjectMapper json, String token) {
        this.mvc = mvc;
        this.json = json;
        this.token = token;
    }

    ScimClient as(String otherToken) {
        return new ScimClient(mvc, json, otherToken);
    }

    /** The answer's body ({@code null} node when empty), after checking status and (for a body) content type. */
    JsonNode call(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result = mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andReturn();
        String body = result.getResponse().getContentAsString();
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        if (body.isEmpty()) {
            return json.nullNode();
        }
        assertThat(result.getResponse().getContentType()).startsWith("application/scim+json");
        return json.readTree(body);
    }

    /** An error answer: SCIM's error shape with the status as a string and, when given, the scimType. */
    JsonNode error(MockHttpServletRequestBuilder request, int status, String scimType) throws Exception {
        JsonNode error = call(request, status);
        assertThat(error.get("schemas").toString()).isEqualTo("[\"urn:ietf:params:scim:api:messages:2.0:Error\"]");
        assertThat(error.get("status").asText()).isEqualTo(Integer.toString(status));
        assertThat(error.path("scimType").asText(null)).isEqualTo(scimType);
        assertThat(error.get("detail").asText()).isNotBlank();
        return error;
    }

    static MockHttpServletRequestBuilder getting(String path) {
        return get(BASE + path);
    }

    static MockHttpServletRequestBuilder posting(String path, String body) {
        return post(BASE + path).contentType(SCIM).content(body);
    }

    static MockHttpServletRequestBuilder putting(String path, String body) {
        return put(BASE + path).contentType(SCIM).content(body);
    }

    static MockHttpServletRequestBuilder patching(String path, String body) {
        return patch(BASE + path).contentType(SCIM).content(body);
    }

    /** A PatchOp body around the given operations (a JSON array's inside). */
    static String patchOp(String operations) {
        return "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[" + operations + "]}";
    }

    /** {@code userName eq "<value>"}, URL-encoded by MockMvc's param(). */
    static MockHttpServletRequestBuilder filtered(String path, String filter) {
        return get(BASE + path).param("filter", filter);
    }
}
