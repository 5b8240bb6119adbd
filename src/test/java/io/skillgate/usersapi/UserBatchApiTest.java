package io.skillgate.usersapi;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.skillgate.access.UserImportService;
import io.skillgate.access.UserService;
import io.skillgate.access.UserSummary;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.audit.AuditService;
import io.skillgate.support.ApiKeyFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code POST /users/batch} through the real security chain and body limit, on MariaDB. */
@SpringBootTest
@AutoConfigureMockMvc
class UserBatchApiTest {

    private static final String BATCH = UsersApiTest.BASE + "/users/batch";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserService users;

    @Autowired
    private AuditService audit;

    private ApiKeyFixture fixture;
    private ApiKeyFixture.Tenant tenant;
    private String manage;
    private String s;

    @BeforeEach
    void aCompanyWithAManageKey() {
        fixture = new ApiKeyFixture(context);
        tenant = fixture.tenant("Batch Co");
        manage = fixture.key(tenant, ApiKeyScope.USERS_MANAGE).token();
        s = tenant.suffix();
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    private String jsonLines() {
        long group = fixture.group(tenant, "Ops");
        String groupName = context.getBean(io.skillgate.access.AccessGroupService.class).groups(tenant.company())
                .stream().filter(g -> g.id() == group).findFirst().orElseThrow().name();
        return """
                [{"email": "ann-%1$s@batch.test", "firstName": "Ann", "lastName": "One", "systemRole": {"id": "ADMIN"},
                  "accessGroups": ["%2$s"], "ssoIdentifier": "ann.%1$s", "activate": true},
                 {"email": "nope", "firstName": "Bad", "lastName": "Line", "systemRole": {"id": "RECRUITER"}},
                 {"email": "ben-%1$s@batch.test", "firstName": "Ben", "lastName": "Two", "systemRole": {"id": "RECRUITER"}}]
                """.formatted(s, groupName);
    }

    @Test
    void jsonLinesAreAnsweredPerLineAndASecondRunChangesNothing() throws Exception {
        String body = jsonLines();
        call(post(BATCH).contentType(MediaType.APPLICATION_JSON).content(body), manage)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(false))
                .andExpect(jsonPath("$.summary.created").value(2))
                .andExpect(jsonPath("$.summary.errors").value(1))
                .andExpect(jsonPath("$.results[0].line").value(1))
                .andExpect(jsonPath("$.results[0].outcome").value("CREATED"))
                .andExpect(jsonPath("$.results[1].outcome").value("ERROR"))
                .andExpect(jsonPath("$.results[1].messages[0]").value(org.hamcrest.Matchers.startsWith("email:")))
                .andExpect(jsonPath("$.results[2].outcome").value("CREATED"));
        UserSummary ann = users.loadPrincipal("ann-" + s + "@batch.test").flatMap(p -> users.find(p.userId()))
                .orElseThrow();
        assertThat(ann.active()).isTrue();
        assertThat(ann.companyId()).isEqualTo(tenant.company());
        assertThat(audit.recent(tenant.company(), 10)).anyMatch(e -> e.action().equals("user.import")
                && e.actor().startsWith("api-key:"));

        call(post(BATCH).contentType(MediaType.APPLICATION_JSON).content(body), manage)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.unchanged").value(2))
                .andExpect(jsonPath("$.summary.created").value(0))
                .andExpect(jsonPath("$.summary.updated").value(0));
    }

    @Test
    void csvTakesTheUisFormatAndADryRunWritesNothing() throws Exception {
        String csv = "email,firstName,lastName,role,activate\ncsv-" + s + "@batch.test,Cee,Esv,RECRUITER,false\n";
        call(post(BATCH + "?dryRun=true").contentType("text/csv").content(csv), manage)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dryRun").value(true))
                .andExpect(jsonPath("$.results[0].line").value(2))
                .andExpect(jsonPath("$.results[0].outcome").value("CREATED"));
        assertThat(users.emailExists("csv-" + s + "@batch.test")).isFalse();
        call(post(BATCH).contentType("text/csv;charset=UTF-8").content(csv), manage).andExpect(status().isOk());
        assertThat(users.emailExists("csv-" + s + "@batch.test")).isTrue();
    }

    /** Fails if the scope check is removed for this path: a read key must not provision users. */
    @Test
    void aReadKeyIs403AndNoKeyIs401AndNothingIsWritten() throws Exception {
        String read = fixture.key(tenant, ApiKeyScope.USERS_READ).token();
        String csv = "email,firstName,lastName,role\nsneak-" + s + "@batch.test,S,N,ADMIN\n";
        call(post(BATCH).contentType("text/csv").content(csv), read)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.errors[0].code").value("INSUFFICIENT_SCOPE"));
        mvc.perform(post(BATCH).contentType("text/csv").content(csv))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.errors[0].code").value("UNAUTHORIZED"));
        call(post(BATCH).contentType("text/csv").content(csv), "sgk_garbage").andExpect(status().isUnauthorized());
        assertThat(users.emailExists("sneak-" + s + "@batch.test")).isFalse();
    }

    @Test
    void malformedBodiesAre4xxInTheErrorShape() throws Exception {
        call(post(BATCH).contentType(MediaType.APPLICATION_JSON).content("{\"email\":"), manage)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("MALFORMED_BODY"));
        call(post(BATCH).contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"a@b.test\"}"), manage)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("MALFORMED_BODY"));
        call(post(BATCH).contentType("text/csv").content("mail,name\nx,y\n"), manage)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("MALFORMED_BODY"));
        call(post(BATCH).contentType("text/csv").content("email,firstName,lastName,role\n\"unclosed,A,B,C\n"), manage)
                .andExpect(status().is4xxClientError());
        call(post(BATCH).contentType(MediaType.APPLICATION_XML).content("<users/>"), manage)
                .andExpect(status().isUnsupportedMediaType());
        call(post(BATCH).contentType(MediaType.APPLICATION_JSON).content("[1, \"x\", null, {\"email\": 5}]"), manage)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.errors").value(4));
    }

    @Test
    void tooManyLinesAre422AndAnOversizedBodyIs413() throws Exception {
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= UserImportService.MAX_LINES; i++) {
            many.append(i == 0 ? "" : ",").append("{}");
        }
        call(post(BATCH).contentType(MediaType.APPLICATION_JSON).content(many.append("]").toString()), manage)
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message").value(UserImportService.TOO_MANY_LINES));

        String huge = "[" + "{\"email\":\"" + "x".repeat(BodySizeLimit.BATCH_MAX_BYTES) + "\"}]";
        call(post(BATCH).contentType(MediaType.APPLICATION_JSON).content(huge), manage)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.errors[0].code").value("PAYLOAD_TOO_LARGE"));
        // the batch's larger limit is for this path only
        String overUsual = "{\"email\":\"" + "x".repeat(BodySizeLimit.MAX_BYTES) + "\"}";
        call(post(UsersApiTest.BASE + "/users").contentType(MediaType.APPLICATION_JSON).content(overUsual), manage)
                .andExpect(status().isPayloadTooLarge());
    }
}
