package io.skillgate.partnerapi;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.connection.IssuedCredential;
import io.skillgate.order.OrderService;
import io.skillgate.support.PartnerFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Orders and inline orders as SR places them, through the real security chain, on MariaDB. */
@SpringBootTest
@AutoConfigureMockMvc
class OrderApiTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private CompanyService companies;

    @Autowired
    private CatalogService catalog;

    @Autowired
    private OrderService orders;

    @Autowired
    private ObjectMapper json;

    private CompanyId company;
    private IssuedCredential credential;
    private String token;
    private PackageDetails skillTest;
    private PackageDetails inline;

    @BeforeEach
    void connectACompany() {
        PartnerFixture fixture = new PartnerFixture(context);
        PartnerFixture.Connected connected = fixture.connect("Order Co");
        company = connected.company();
        credential = connected.credential();
        token = connected.token();
        skillTest = fixture.addPackage(company, "Skills", AssessmentType.SKILL_TEST, "Part");
        inline = fixture.addPackage(company, "Inline", AssessmentType.INLINE_ASSESSMENT, "Quick");
    }

    private static String callback() {
        return "https://api.smartrecruiters.com/assessment-api/v202010/orders/" + UUID.randomUUID() + "/results";
    }

    private String order(String callback, String packageId, String companyId) {
        return """
                {"resultCallbackURL": "%s",
                 "candidate": {"id": "c-1", "email": "ada@example.test", "firstName": "Ada", "lastName": "Lovelace",
                               "applicationLanguage": "en"},
                 "requester": {"userId": "u-1", "email": "rec@example.test"},
                 "assessmentPackageId": "%s", "jobId": "j-old", "job": {"id": "j-1"},
                 "companyId": "%s", "fields": {"level": "senior"}, "somethingNew": true}
                """.formatted(callback, packageId, companyId);
    }

    private String inlineOrder(String callback, String packageId) {
        return """
                {"resultCallbackURL": "%s",
                 "candidate": {"email": "ada@example.test", "firstName": "Ada", "lastName": "Lovelace",
                               "applicationLanguage": "de"},
                 "assessmentPackageId": "%s", "job": {"id": "j-1"}, "companyId": "%s",
                 "completedAssessmentCallbackUrl": "https://www.smartrecruiters.com/apply/done"}
                """.formatted(callback, packageId, credential.srCompanyId());
    }

    private ResultActions send(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/sr/v1/packages" + path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anOrderIsStoredOnceAndEveryRetryIsAcceptedAgain() throws Exception {
        String callback = callback();
        String body = order(callback, skillTest.id(), credential.srCompanyId());

        send("/orders", body).andExpect(status().isAccepted()).andExpect(content().string(""));
        send("/orders", body).andExpect(status().isAccepted());
        send("/orders", body).andExpect(status().isAccepted());

        assertThat(orders.countOrders(company)).isEqualTo(1);
    }

    /** A retry is SR's normal behaviour, not an error: the duplicate key it runs into must not be logged as one. */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aRetryLogsNoError(org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        String body = order(callback(), skillTest.id(), credential.srCompanyId());
        send("/orders", body).andExpect(status().isAccepted());
        int before = output.getAll().length();

        send("/orders", body).andExpect(status().isAccepted());

        assertThat(output.getAll().substring(before)).doesNotContain("Duplicate entry").doesNotContain(" ERROR ");
    }

    @Test
    void identicalOrdersAtTheSameMomentStoreOneOrderAndAllAre202() throws Exception {
        String body = order(callback(), skillTest.id(), credential.srCompanyId());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return send("/orders", body).andReturn().getResponse().getStatus();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(202);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(orders.countOrders(company)).isEqualTo(1);
    }

    @Test
    void anInlineOrderAnswersTheCandidatesUrlAndARetryAFreshOne() throws Exception {
        String callback = callback();
        String first = send("/inline/orders", inlineOrder(callback, inline.id()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String second = send("/inline/orders", inlineOrder(callback, inline.id()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String url = json.readTree(first).get("url").asText();
        assertThat(url).matches("http://localhost:8080/assessment/[A-Za-z0-9_-]{43}");
        assertThat(json.readTree(second).get("url").asText()).isNotEqualTo(url);
        assertThat(orders.countOrders(company)).isEqualTo(1);
    }

    @Test
    void ordersForAnotherCompanyOrItsPackagesAreRefusedAndStoreNothing() throws Exception {
        CompanyId other = companies.create("Other Order Co " + System.nanoTime(), "test").id();
        PackageDetails othersPackage = catalog.create(other, new CreatePackageCommand("Theirs", "",
                AssessmentType.SKILL_TEST, List.of()), "test");

        send("/orders", order(callback(), othersPackage.id(), credential.srCompanyId()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.errors[0].code").value("PACKAGE_NOT_FOUND"));
        send("/orders", order(callback(), skillTest.id(), "someone-elses-company"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.errors[0].code").value("COMPANY_MISMATCH"));
        assertThat(orders.countOrders(company)).isZero();
        assertThat(orders.countOrders(other)).isZero();
    }

    @Test
    void packagesAreOrderedTheWayTheirTypeAllows() throws Exception {
        send("/orders", order(callback(), inline.id(), credential.srCompanyId()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].code").value("PACKAGE_NOT_ORDERABLE"));
        send("/inline/orders", inlineOrder(callback(), skillTest.id()))
                .andExpect(status().isUnprocessableEntity());
        assertThat(orders.countOrders(company)).isZero();
    }

    @Test
    void malformedOrdersGetA4xxInSrsShapeAndStoreNothing() throws Exception {
        String valid = order(callback(), skillTest.id(), credential.srCompanyId());
        List<String> bad = List.of(
                valid.replace("\"ada@example.test\"", "\"not-an-email\""),
                valid.replace("\"firstName\": \"Ada\",", ""),
                valid.replaceFirst("\"resultCallbackURL\": \"[^\"]+\"", "\"resultCallbackURL\": \"https://x.test/no-uuid\""),
                valid.replaceFirst("\"resultCallbackURL\": \"[^\"]+\"", "\"resultCallbackURL\": \"javascript:alert(1)\""),
                valid.replace("\"en\"", "\"<script>\""),
                valid.replace("\"candidate\": {", "\"candidate\": 42, \"x\": {"),
                valid.replace("\"fields\": {\"level\": \"senior\"}", "\"fields\": {\"a\":\"1\",\"b\":\"2\",\"c\":\"3\",\"d\":\"4\",\"e\":\"5\",\"f\":\"6\"}"),
                valid.substring(0, valid.length() / 2),
                "[]", "null", "", "{\"resultCallbackURL\": {}}");
        for (String body : bad) {
            send("/orders", body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").isString());
        }
        mvc.perform(post("/api/sr/v1/packages/orders").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.TEXT_PLAIN).content(valid))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/sr/v1/packages/orders").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(valid.replace("\"Ada\"", "\"" + "A".repeat(70_000) + "\"")))
                .andExpect(status().isPayloadTooLarge());
        assertThat(orders.countOrders(company)).isZero();
    }

    @Test
    void withoutATokenNothingIsStored() throws Exception {
        mvc.perform(post("/api/sr/v1/packages/orders").contentType(MediaType.APPLICATION_JSON)
                        .content(order(callback(), skillTest.id(), credential.srCompanyId())))
                .andExpect(status().isUnauthorized());
        assertThat(orders.countOrders(company)).isZero();
    }
}
