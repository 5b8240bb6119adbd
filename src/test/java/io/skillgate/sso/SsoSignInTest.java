package io.skillgate.sso;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import io.skillgate.audit.AuditService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** SSO sign-in through the real filter chain, with responses built by a test IdP. */
@SpringBootTest
@AutoConfigureMockMvc
class SsoSignInTest {

    @Autowired
    private MockMvc mvc;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AuditService audit;

    private SsoFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SsoFixture(context, new SamlTestIdp());
        fixture.enable();
    }

    @Test
    void aValidIdpInitiatedResponseSignsTheUserIn() throws Exception {
        String xml = fixture.idp.xml(fixture.spec(fixture.recruiterEmail));
        mvc.perform(post(fixture.acsPath()).param("SAMLResponse", SamlTestIdp.base64(xml)))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername(fixture.recruiterEmail));
    }

    @Test
    void anIdpInitiatedRelayStateOpensOurOwnPageButNeverAnotherSite() throws Exception {
        mvc.perform(post(fixture.acsPath()).param("RelayState", "/orders?status=COMPLETED")
                        .param("SAMLResponse", SamlTestIdp.base64(fixture.idp.xml(fixture.spec(fixture.recruiterEmail)))))
                .andExpect(redirectedUrl("/orders?status=COMPLETED"))
                .andExpect(authenticated().withUsername(fixture.recruiterEmail));
        for (String hostile : new String[] {"https://evil.test/phish", "//evil.test/phish", "/\\evil.test",
                "javascript:alert(1)", "/login/saml2/sso/x", "/ok\r\nSet-Cookie: a=b"}) {
            mvc.perform(post(fixture.acsPath()).param("RelayState", hostile)
                            .param("SAMLResponse", SamlTestIdp.base64(fixture.idp.xml(
                                    fixture.spec(fixture.recruiterEmail)))))
                    .andExpect(redirectedUrl("/"))
                    .andExpect(authenticated().withUsername(fixture.recruiterEmail));
        }
    }

    @Test
    void ourSpMetadataIsServedForAnyCompanyWithItsEntityIdAcsAndSigningCertificate() throws Exception {
        SsoSettingsDetails details = fixture.settings();
        String xml = mvc.perform(get("/saml2/service-provider-metadata/" + fixture.company.slug()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(xml).contains("entityID=\"" + details.spEntityId() + "\"")
                .contains("Location=\"" + details.acsUrl() + "\"").contains("X509Certificate")
                .contains("AuthnRequestsSigned=\"true\"");
        mvc.perform(get("/saml2/service-provider-metadata/no-such-company")).andExpect(status().isNotFound());
    }

    @Test
    void anExpiredAssertionIsRefusedAndAudited() throws Exception {
        SamlTestIdp.Spec spec = fixture.spec(fixture.recruiterEmail);
        spec.notOnOrAfter = java.time.Instant.now().minusSeconds(600);
        MvcResult result = mvc.perform(post(fixture.acsPath()).param("SAMLResponse",
                        SamlTestIdp.base64(fixture.idp.xml(spec))))
                .andExpect(redirectedUrl("/login?sso-error=refused"))
                .andExpect(unauthenticated()).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(audit.recent(fixture.company.id(), 5))
                .anySatisfy(entry -> assertThat(entry.detail()).contains("(expired)"));
    }
}
