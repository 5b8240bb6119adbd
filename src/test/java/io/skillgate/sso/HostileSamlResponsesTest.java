package io.skillgate.sso;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterOutputStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.skillgate.audit.AuditEventDetails;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The hostile SAML responses of the issue's security requirement, each through the real filter chain: refused,
 * audited as {@code sso.refused} with its reason code, no session, no HTTP 500. The reason code is asserted
 * exactly, so each case fails when the check that refuses it is removed (a weaker check further on would answer
 * with another code). Signature wrapping follows SAMLRaider's XSW1–8 on a response signed by the trusted IdP.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileSamlResponsesTest {

    static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final int MAX_BYTES = 262144;

    /** The company's IdP. */
    static final SamlTestIdp IDP = new SamlTestIdp();
    /** Same entity id, another key: the IdP's next certificate (rollover). */
    static final SamlTestIdp NEXT_IDP = new SamlTestIdp(SamlTestIdp.ENTITY_ID, "CN=Test IdP next",
            java.time.Duration.ofDays(365));
    /** Same entity id, a key nobody trusts. */
    static final SamlTestIdp ROGUE = new SamlTestIdp(SamlTestIdp.ENTITY_ID, "CN=Test IdP",
            java.time.Duration.ofDays(365));

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditService audit;

    SsoFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new SsoFixture(context, IDP);
        fixture.enable();
    }

    /** A hostile request, the company whose ACS it hits (null: none), and what it must be refused with. */
    record Attempt(RequestBuilder request, @Nullable CompanyId company, String slug) {
    }

    @FunctionalInterface
    interface Attack {
        Attempt prepare(HostileSamlResponsesTest test) throws Exception;
    }

    record Hostile(String code, String shown, Attack attack) {
    }

    static Arguments hostile(String name, String code, Attack attack) {
        return Arguments.of(Named.of(name, new Hostile(code, "refused", attack)));
    }

    static Arguments hostile(String name, String code, String shown, Attack attack) {
        return Arguments.of(Named.of(name, new Hostile(code, shown, attack)));
    }

    static Stream<Arguments> hostileResponses() {
        return Stream.of(
                // Signature wrapping (SAMLRaider XSW1–8): a validly signed response, rearranged
                hostile("XSW1: evil response, signed original inside its Signature", "assertion-count",
                        t -> t.postXml(xsw(t, true, HostileSamlResponsesTest::xsw1))),
                hostile("XSW2: evil response, signed original as a detached sibling of its Signature",
                        "assertion-count", t -> t.postXml(xsw(t, true, HostileSamlResponsesTest::xsw2))),
                hostile("XSW3: evil assertion before the signed one", "assertion-count",
                        t -> t.postXml(xsw(t, false, HostileSamlResponsesTest::xsw3))),
                hostile("XSW4: evil assertion wrapping the signed one", "assertion-count",
                        t -> t.postXml(xsw(t, false, HostileSamlResponsesTest::xsw4))),
                hostile("XSW5: signed assertion altered, unsigned original copy appended", "assertion-count",
                        t -> t.postXml(xsw(t, false, HostileSamlResponsesTest::xsw5))),
                hostile("XSW6: signed assertion altered, original copy inside its Signature", "assertion-count",
                        t -> t.postXml(xsw(t, false, HostileSamlResponsesTest::xsw6))),
                hostile("XSW7: evil assertion in an Extensions element before the signed one", "assertion-count",
                        t -> t.postXml(xsw(t, false, HostileSamlResponsesTest::xsw7))),
                hostile("XSW8: signed assertion altered, original copy in a ds:Object of its Signature",
                        "assertion-count", t -> t.postXml(xsw(t, false, HostileSamlResponsesTest::xsw8))),
                // Shape checks, each on its own
                hostile("the only assertion sits in Extensions, not under the response", "assertion-position",
                        t -> t.postXml(t.signedAssertionOnly(HostileSamlResponsesTest::assertionInExtensions))),
                hostile("another element carries the signed assertion's ID", "duplicate-id",
                        t -> t.postXml(t.signedAssertionOnly(HostileSamlResponsesTest::idCollision))),
                hostile("the response's signature moved into Extensions", "signature-position",
                        t -> t.postXml(t.signedResponseOnly(HostileSamlResponsesTest::signatureInExtensions))),
                hostile("the response's signature moved into the unsigned assertion", "signature-reference",
                        t -> t.postXml(t.signedResponseOnly(HostileSamlResponsesTest::responseSignatureInAssertion))),
                hostile("comment injection in the NameID (signature stays valid)", "comment",
                        t -> t.postXml(t.commentInjected())),
                hostile("processing instruction in the NameID", "comment",
                        t -> t.postXml(t.processingInstructionInjected())),
                hostile("an EncryptedAssertion next to the assertion", "encrypted-assertion",
                        t -> t.postXml(t.signedAssertionOnly(HostileSamlResponsesTest::encryptedAssertionAdded))),
                hostile("two assertions, each genuinely signed by the IdP", "assertion-count",
                        t -> t.postXml(t.twoSignedAssertions())),
                // DTDs and entities
                hostile("a DOCTYPE", "dtd", t -> t.postXml("<!DOCTYPE Response>" + t.valid())),
                hostile("XXE: an external entity in the NameID", "dtd", t -> t.postXml(
                        "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                                + t.valid().replace(t.fixture.recruiterEmail, "&xxe;"))),
                hostile("billion laughs entity expansion", "dtd", t -> t.postXml(billionLaughs()
                        + t.valid().replace(t.fixture.recruiterEmail, "&lol9;"))),
                hostile("a DOCTYPE hidden by UTF-16 encoding", "malformed", t -> t.postTo(t.fixture.acsPath(),
                        Base64.getEncoder().encodeToString(("<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                                + "<!DOCTYPE r [<!ENTITY x \"y\">]>" + t.valid()).getBytes(StandardCharsets.UTF_16)),
                        null)),
                // Transport and encoding
                hostile("GET to the ACS (redirect binding)", "binding", t -> new Attempt(get(t.fixture.acsPath())
                        .param("SAMLResponse", deflateBase64(t.valid())), t.fixture.company.id(),
                        t.fixture.company.slug())),
                hostile("an oversized message, refused before decoding", "too-large",
                        t -> t.postTo(t.fixture.acsPath(), "A=".repeat(MAX_BYTES), null)),
                hostile("a valid response padded just past the size limit (caught after decoding)", "too-large",
                        t -> {
                            String xml = t.valid();
                            return t.postXml(xml + " ".repeat(MAX_BYTES + 1000 - xml.length()));
                        }),
                hostile("a deflate bomb posted as SAMLResponse", "malformed",
                        t -> t.postTo(t.fixture.acsPath(), deflateBase64(" ".repeat(20_000_000)), null)),
                hostile("not base64", "malformed", t -> t.postTo(t.fixture.acsPath(), "PD94b=WwgdmVyc2lvbj0i", null)),
                hostile("not XML", "malformed", t -> t.postXml("this is not XML at all")),
                hostile("XML but not a SAML response", "malformed",
                        t -> t.postXml("<samlp:AuthnRequest xmlns:samlp=\"" + PROTOCOL + "\"/>")),
                hostile("a posted form without SAMLResponse", "malformed",
                        t -> new Attempt(post(t.fixture.acsPath()).param("SAMLResponse", ""),
                                t.fixture.company.id(), t.fixture.company.slug())),
                hostile("an ACS of no company", "unknown-company", t -> {
                    String slug = "no-such-company-" + System.nanoTime();
                    return new Attempt(post("/login/saml2/sso/" + slug).param("SAMLResponse",
                            SamlTestIdp.base64(t.valid())), null, slug);
                }),
                // Signatures
                hostile("neither response nor assertion signed", "unsigned", t -> {
                    SamlTestIdp.Spec spec = t.spec();
                    spec.signResponse = false;
                    spec.signAssertion = false;
                    return t.postXml(IDP.xml(spec));
                }),
                hostile("signed by an untrusted key", "signature", t -> {
                    SamlTestIdp.Spec spec = t.spec();
                    spec.keyInfo = false;
                    return t.postXml(ROGUE.xml(spec));
                }),
                hostile("signed by an untrusted key whose certificate is embedded in KeyInfo", "signature",
                        t -> t.postXml(ROGUE.xml(t.spec()))),
                hostile("NameID changed after signing", "signature", t -> {
                    Element signed = IDP.signedElement(t.spec(), r -> { });
                    nameId(signed).setTextContent(t.fixture.admin.email());
                    return t.postXml(SamlTestIdp.serialize(signed));
                }),
                hostile("RSA-SHA1 signature when the company is set to RSA-SHA256", "signature-algorithm", t -> {
                    SamlTestIdp.Spec spec = t.spec();
                    spec.signatureAlgorithm = SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA1;
                    return t.postXml(IDP.xml(spec));
                }),
                // Status, addressing, issuers
                hostile("a non-success status", "status", t -> {
                    SamlTestIdp.Spec spec = t.spec();
                    spec.statusCode = StatusCode.RESPONDER;
                    return t.postXml(IDP.xml(spec));
                }),
                hostile("wrong audience", "audience", t -> t.postXml(t.valid(s -> s.audience = "https://other-sp.test"))),
                hostile("no audience restriction", "audience", t -> t.postXml(IDP.xml(t.spec(),
                        r -> r.getAssertions().get(0).getConditions().getAudienceRestrictions().clear()))),
                hostile("wrong recipient", "recipient",
                        t -> t.postXml(t.valid(s -> s.recipient = "https://evil.test/acs"))),
                hostile("wrong destination", "destination",
                        t -> t.postXml(t.valid(s -> s.destination = "https://evil.test/acs"))),
                hostile("no destination", "destination", t -> t.postXml(t.valid(s -> s.destination = null))),
                hostile("wrong issuer on the signed response (no key is trusted for it)", "signature",
                        t -> t.postXml(t.valid(s -> s.issuer = "https://evil-idp.test"))),
                hostile("wrong issuer on the unsigned response (only the assertion signed)", "issuer",
                        t -> t.postXml(t.valid(s -> {
                            s.issuer = "https://evil-idp.test";
                            s.signResponse = false;
                        }))),
                hostile("wrong issuer on the unsigned assertion (only the response signed)", "issuer",
                        t -> t.postXml(t.valid(s -> {
                            s.assertionIssuer = "https://evil-idp.test";
                            s.signAssertion = false;
                        }))),
                // Time
                hostile("expired assertion", "expired",
                        t -> t.postXml(t.valid(s -> s.notOnOrAfter = Instant.now().minusSeconds(600)))),
                hostile("assertion not yet valid", "not-yet-valid",
                        t -> t.postXml(t.valid(s -> s.notBefore = Instant.now().plusSeconds(900)))),
                hostile("assertion without a validity period", "conditions", t -> t.postXml(IDP.xml(t.spec(),
                        r -> r.getAssertions().get(0).getConditions().setNotOnOrAfter(null)))),
                hostile("expired subject confirmation", "expired", t -> t.postXml(
                        t.valid(s -> s.confirmationNotOnOrAfter = Instant.now().minusSeconds(600)))),
                hostile("subject confirmation not yet valid", "not-yet-valid", t -> t.postXml(IDP.xml(t.spec(),
                        r -> confirmationData(r).setNotBefore(Instant.now().plusSeconds(900))))),
                // Subject
                hostile("holder-of-key instead of bearer confirmation", "subject",
                        t -> t.postXml(t.valid(s -> s.confirmationMethod = "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key"))),
                hostile("no subject confirmation", "subject", t -> t.postXml(IDP.xml(t.spec(),
                        r -> r.getAssertions().get(0).getSubject().getSubjectConfirmations().clear()))),
                hostile("no NameID", "subject", t -> t.postXml(IDP.xml(t.spec(),
                        r -> r.getAssertions().get(0).getSubject().setNameID(null)))),
                hostile("NameID format other than the company's", "name-id-format", t -> t.postXml(
                        t.valid(s -> s.nameIdFormat = NameIdFormat.PERSISTENT.urn()))),
                hostile("assertion without ID (only the response signed)", "malformed", t -> {
                    SamlTestIdp.Spec spec = t.spec();
                    spec.signAssertion = false;
                    return t.postXml(IDP.xml(spec, r -> r.getAssertions().get(0).setID(null)));
                }),
                // Replay and request binding
                hostile("replay of an accepted response", "replay", t -> {
                    String xml = t.valid();
                    t.mvc.perform(post(t.fixture.acsPath()).param("SAMLResponse", SamlTestIdp.base64(xml)))
                            .andExpect(authenticated().withUsername(t.fixture.recruiterEmail));
                    return t.postXml(xml);
                }),
                hostile("SP-initiated: the answer has no InResponseTo", "in-response-to", t -> {
                    Started started = t.startSignIn(t.fixture.company.slug());
                    return t.postTo(t.fixture.acsPath(), SamlTestIdp.base64(t.valid()), started.relayState());
                }),
                hostile("SP-initiated: the answer names another request", "in-response-to", t -> {
                    Started started = t.startSignIn(t.fixture.company.slug());
                    return t.postTo(t.fixture.acsPath(), SamlTestIdp.base64(t.valid(s -> s.inResponseTo = "_other")),
                            started.relayState());
                }),
                hostile("SP-initiated: only the response's InResponseTo is wrong", "in-response-to", t -> {
                    Started started = t.startSignIn(t.fixture.company.slug());
                    SamlTestIdp.Spec spec = t.spec();
                    spec.inResponseTo = started.requestId();
                    return t.postTo(t.fixture.acsPath(), SamlTestIdp.base64(IDP.xml(spec,
                            r -> r.setInResponseTo("_other"))), started.relayState());
                }),
                hostile("SP-initiated: only the subject confirmation's InResponseTo is wrong", "in-response-to", t -> {
                    Started started = t.startSignIn(t.fixture.company.slug());
                    SamlTestIdp.Spec spec = t.spec();
                    spec.inResponseTo = started.requestId();
                    return t.postTo(t.fixture.acsPath(), SamlTestIdp.base64(IDP.xml(spec,
                            r -> confirmationData(r).setInResponseTo("_other"))), started.relayState());
                }),
                hostile("unsolicited response claiming to answer a request (response InResponseTo)",
                        "in-response-to", t -> t.postXml(IDP.xml(t.spec(), r -> r.setInResponseTo("_guessed")))),
                hostile("unsolicited response claiming to answer a request (confirmation InResponseTo)",
                        "in-response-to", t -> t.postXml(IDP.xml(t.spec(),
                                r -> confirmationData(r).setInResponseTo("_guessed")))),
                hostile("IdP-initiated when the company switched it off", "idp-initiated", t -> {
                    t.fixture.save(t.fixture.command(false, true, false, null));
                    return t.postXml(t.valid());
                }),
                // Other companies
                hostile("IdP-initiated response for company A posted to company B's ACS", "destination", t -> {
                    SsoFixture other = new SsoFixture(t.context, IDP);
                    other.enable();
                    return new Attempt(post(other.acsPath()).param("SAMLResponse", SamlTestIdp.base64(t.valid())),
                            other.company.id(), other.company.slug());
                }),
                hostile("answer to company A's sign-in request posted to company B's ACS", "wrong-company", t -> {
                    SsoFixture other = new SsoFixture(t.context, IDP);
                    other.enable();
                    Started started = t.startSignIn(t.fixture.company.slug());
                    return new Attempt(post(other.acsPath()).param("SAMLResponse", SamlTestIdp.base64(
                                    t.valid(s -> s.inResponseTo = started.requestId())))
                            .param("RelayState", started.relayState()), other.company.id(), other.company.slug());
                }),
                // Users
                hostile("a valid NameID of a deactivated user", "user-inactive", "inactive", t -> {
                    t.deactivate(t.fixture.recruiterEmail);
                    return t.postXml(t.valid());
                }),
                hostile("an unknown NameID with login binding off", "unknown-identifier", "unknown", t -> {
                    t.fixture.save(t.fixture.command(true, false, false, null));
                    return t.postXml(IDP.xml(t.fixture.spec("nobody@elsewhere.test")));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileResponses")
    void isRefusedAuditedAndSignsNobodyIn(Hostile hostile) throws Exception {
        refuse(hostile);
    }

    void refuse(Hostile hostile) throws Exception {
        Attempt attempt = hostile.attack().prepare(this);
        MvcResult result = mvc.perform(attempt.request())
                .andExpect(unauthenticated())
                .andReturn();
        assertThat(result.getResponse().getStatus()).as("HTTP status").isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?sso-error=" + hostile.shown());
        assertThat(result.getRequest().getSession(false) == null
                || result.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null)
                .as("no security context in the session").isTrue();
        List<AuditEventDetails> refusals = attempt.company() != null
                ? audit.recent(attempt.company(), 20).stream().filter(e -> e.action().equals("sso.refused")).toList()
                : audit.recentByAction("sso.refused", 20).stream()
                        .filter(e -> e.actor().equals("sso:" + attempt.slug())).toList();
        assertThat(refusals).as("sso.refused audit entries").isNotEmpty();
        assertThat(refusals.get(0).detail()).contains("(" + hostile.code() + ")");
    }

    // ---- Positive cases: the happy paths still work

    @Test
    void spInitiatedSignInWithTheRightInResponseToSucceeds() throws Exception {
        Started started = startSignIn(fixture.company.slug());
        mvc.perform(post(fixture.acsPath()).param("SAMLResponse",
                                SamlTestIdp.base64(valid(s -> s.inResponseTo = started.requestId())))
                        .param("RelayState", started.relayState()))
                .andExpect(authenticated().withUsername(fixture.recruiterEmail));
    }

    @Test
    void duringCertificateRolloverResponsesSignedByEitherKeyAreAccepted() throws Exception {
        fixture.save(new SaveSsoSettingsCommand(true, IdpSource.MANUAL, null, null, IDP.entityId(),
                SamlTestIdp.SSO_URL, IDP.certificatePem(), NEXT_IDP.certificatePem(), SignatureAlgorithm.RSA_SHA256,
                NameIdFormat.EMAIL, true, true, false, null));
        for (SamlTestIdp signer : List.of(IDP, NEXT_IDP)) {
            mvc.perform(post(fixture.acsPath()).param("SAMLResponse", SamlTestIdp.base64(signer.xml(spec()))))
                    .andExpect(authenticated().withUsername(fixture.recruiterEmail));
        }
        // and the untrusted key still is not
        mvc.perform(post(fixture.acsPath()).param("SAMLResponse", SamlTestIdp.base64(ROGUE.xml(spec()))))
                .andExpect(unauthenticated());
    }

    @Test
    void aCompanySetToRsaSha1AcceptsSha1SignedResponses() throws Exception {
        fixture.save(new SaveSsoSettingsCommand(true, IdpSource.MANUAL, null, null, IDP.entityId(),
                SamlTestIdp.SSO_URL, IDP.certificatePem(), null, SignatureAlgorithm.RSA_SHA1, NameIdFormat.EMAIL,
                true, true, false, null));
        SamlTestIdp.Spec spec = spec();
        spec.signatureAlgorithm = SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA1;
        mvc.perform(post(fixture.acsPath()).param("SAMLResponse", SamlTestIdp.base64(IDP.xml(spec))))
                .andExpect(authenticated().withUsername(fixture.recruiterEmail));
    }

    @Test
    void anUnspecifiedNameIdFormatIsAccepted() throws Exception {
        mvc.perform(post(fixture.acsPath()).param("SAMLResponse",
                        SamlTestIdp.base64(valid(s -> s.nameIdFormat = NameIdFormat.UNSPECIFIED))))
                .andExpect(authenticated().withUsername(fixture.recruiterEmail));
    }

    // ---- Building responses

    SamlTestIdp.Spec spec() {
        return fixture.spec(fixture.recruiterEmail);
    }

    String valid() {
        return IDP.xml(spec());
    }

    String valid(Consumer<SamlTestIdp.Spec> change) {
        SamlTestIdp.Spec spec = spec();
        change.accept(spec);
        return IDP.xml(spec);
    }

    Attempt postXml(String xml) {
        return postTo(fixture.acsPath(), SamlTestIdp.base64(xml), null);
    }

    Attempt postTo(String path, String samlResponse, @Nullable String relayState) {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .param("SAMLResponse", samlResponse);
        if (relayState != null) {
            request.param("RelayState", relayState);
        }
        return new Attempt(request, fixture.company.id(), fixture.company.slug());
    }

    /** Only the assertion signed (what XSW3–8 start from), then changed by {@code attack}. */
    String signedAssertionOnly(Consumer<Element> attack) {
        SamlTestIdp.Spec spec = spec();
        spec.signResponse = false;
        Element response = IDP.signedElement(spec, r -> { });
        attack.accept(response);
        return SamlTestIdp.serialize(response);
    }

    /** Only the response signed, then changed by {@code attack}. */
    String signedResponseOnly(Consumer<Element> attack) {
        SamlTestIdp.Spec spec = spec();
        spec.signAssertion = false;
        Element response = IDP.signedElement(spec, r -> { });
        attack.accept(response);
        return SamlTestIdp.serialize(response);
    }

    interface Wrapping {
        void apply(Element response, String victim);
    }

    /** A response the IdP signed for the attacker's own account, wrapped to name the victim. */
    static String xsw(HostileSamlResponsesTest t, boolean responseSignature, Wrapping wrapping) {
        SamlTestIdp.Spec spec = t.fixture.spec("mallory@attacker.test");
        spec.signResponse = responseSignature;
        spec.signAssertion = !responseSignature;
        Element response = IDP.signedElement(spec, r -> { });
        wrapping.apply(response, t.fixture.recruiterEmail);
        return SamlTestIdp.serialize(response);
    }

    static Element first(Element in, String namespace, String localName) {
        return (Element) in.getElementsByTagNameNS(namespace, localName).item(0);
    }

    static Element nameId(Element in) {
        return first(in, ASSERTION, "NameID");
    }

    static void rename(Element in, String victim) {
        nameId(in).setTextContent(victim);
    }

    static void xsw1(Element response, String victim) {
        Element cloned = (Element) response.cloneNode(true);
        Element clonedSignature = first(cloned, DSIG, "Signature");
        clonedSignature.getParentNode().removeChild(clonedSignature);
        rename(response, victim);
        first(response, DSIG, "Signature").appendChild(cloned);
        response.setAttribute("ID", "_evil_response_ID");
    }

    static void xsw2(Element response, String victim) {
        Element cloned = (Element) response.cloneNode(true);
        Element clonedSignature = first(cloned, DSIG, "Signature");
        clonedSignature.getParentNode().removeChild(clonedSignature);
        rename(response, victim);
        Element signature = first(response, DSIG, "Signature");
        signature.getParentNode().insertBefore(cloned, signature);
        response.setAttribute("ID", "_evil_response_ID");
    }

    static void xsw3(Element response, String victim) {
        Element assertion = first(response, ASSERTION, "Assertion");
        Element evil = (Element) assertion.cloneNode(true);
        rename(evil, victim);
        evil.setAttribute("ID", "_evil_assertion_ID");
        evil.removeChild(first(evil, DSIG, "Signature"));
        response.insertBefore(evil, assertion);
    }

    static void xsw4(Element response, String victim) {
        Element assertion = first(response, ASSERTION, "Assertion");
        Element evil = (Element) assertion.cloneNode(true);
        rename(evil, victim);
        evil.setAttribute("ID", "_evil_assertion_ID");
        evil.removeChild(first(evil, DSIG, "Signature"));
        response.appendChild(evil);
        evil.appendChild(assertion);
    }

    static void xsw5(Element response, String victim) {
        Element evil = first(response, ASSERTION, "Assertion");
        Element original = (Element) evil.cloneNode(true);
        rename(evil, victim);
        original.removeChild(first(original, DSIG, "Signature"));
        response.appendChild(original);
        evil.setAttribute("ID", "_evil_assertion_ID");
    }

    static void xsw6(Element response, String victim) {
        Element evil = first(response, ASSERTION, "Assertion");
        Element signature = first(evil, DSIG, "Signature");
        Element original = (Element) evil.cloneNode(true);
        rename(evil, victim);
        original.removeChild(first(original, DSIG, "Signature"));
        signature.appendChild(original);
        evil.setAttribute("ID", "_evil_assertion_ID");
    }

    static void xsw7(Element response, String victim) {
        Element assertion = first(response, ASSERTION, "Assertion");
        Element extensions = response.getOwnerDocument().createElement("Extensions");
        response.insertBefore(extensions, assertion);
        Element evil = (Element) assertion.cloneNode(true);
        rename(evil, victim);
        evil.removeChild(first(evil, DSIG, "Signature"));
        extensions.appendChild(evil);
    }

    static void xsw8(Element response, String victim) {
        Element evil = first(response, ASSERTION, "Assertion");
        Element signature = first(evil, DSIG, "Signature");
        Element original = (Element) evil.cloneNode(true);
        rename(evil, victim);
        original.removeChild(first(original, DSIG, "Signature"));
        Element object = response.getOwnerDocument().createElement("Object");
        signature.appendChild(object);
        object.appendChild(original);
    }

    static Element extensions(Element response) {
        Element extensions = response.getOwnerDocument().createElementNS(PROTOCOL,
                response.getPrefix() + ":Extensions");
        response.insertBefore(extensions, first(response, PROTOCOL, "Status"));
        return extensions;
    }

    static void assertionInExtensions(Element response) {
        extensions(response).appendChild(first(response, ASSERTION, "Assertion"));
    }

    static void idCollision(Element response) {
        String id = first(response, ASSERTION, "Assertion").getAttribute("ID");
        Element decoy = response.getOwnerDocument().createElementNS("urn:evil", "evil:Decoy");
        decoy.setAttribute("ID", id);
        extensions(response).appendChild(decoy);
    }

    static void signatureInExtensions(Element response) {
        Element signature = first(response, DSIG, "Signature");
        extensions(response).appendChild(signature);
    }

    static void responseSignatureInAssertion(Element response) {
        Element signature = first(response, DSIG, "Signature");
        Element assertion = first(response, ASSERTION, "Assertion");
        Element issuer = first(assertion, ASSERTION, "Issuer");
        assertion.insertBefore(signature, issuer.getNextSibling());
    }

    static void encryptedAssertionAdded(Element response) {
        Document document = response.getOwnerDocument();
        Element encrypted = document.createElementNS(ASSERTION, "saml2:EncryptedAssertion");
        encrypted.appendChild(document.createElementNS("http://www.w3.org/2001/04/xmlenc#", "xenc:EncryptedData"));
        response.appendChild(encrypted);
    }

    /** The attacker owns {@code <victim>.evil.test} at the IdP and cuts the signed NameID with a comment. */
    String commentInjected() {
        String victim = fixture.recruiterEmail;
        Element response = IDP.signedElement(fixture.spec(victim + ".evil.test"), r -> { });
        Element nameId = nameId(response);
        Document document = response.getOwnerDocument();
        nameId.setTextContent(victim);
        nameId.appendChild(document.createComment(""));
        nameId.appendChild(document.createTextNode(".evil.test"));
        return SamlTestIdp.serialize(response);
    }

    String processingInstructionInjected() {
        String victim = fixture.recruiterEmail;
        Element response = IDP.signedElement(fixture.spec(victim + ".evil.test"), r -> { });
        Element nameId = nameId(response);
        Document document = response.getOwnerDocument();
        nameId.setTextContent(victim);
        nameId.appendChild(document.createProcessingInstruction("evil", ""));
        nameId.appendChild(document.createTextNode(".evil.test"));
        return SamlTestIdp.serialize(response);
    }

    String twoSignedAssertions() {
        SamlTestIdp.Spec first = spec();
        first.signResponse = false;
        Element response = IDP.signedElement(first, r -> { });
        SamlTestIdp.Spec second = fixture.spec(fixture.admin.email());
        second.signResponse = false;
        Element other = IDP.signedElement(second, r -> { });
        Node imported = response.getOwnerDocument().importNode(first(other, ASSERTION, "Assertion"), true);
        response.appendChild(imported);
        return SamlTestIdp.serialize(response);
    }

    static SubjectConfirmationData confirmationData(Response response) {
        return response.getAssertions().get(0).getSubject().getSubjectConfirmations().get(0)
                .getSubjectConfirmationData();
    }

    static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        return dtd.append("]>").toString();
    }

    static String deflateBase64(String text) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (DeflaterOutputStream deflate = new DeflaterOutputStream(out,
                    new Deflater(Deflater.BEST_COMPRESSION, true))) {
                deflate.write(text.getBytes(StandardCharsets.UTF_8));
            }
            return Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- SP-initiated sign-in

    record Started(String requestId, String relayState) {
    }

    /** Starts a sign-in at our SP and reads the AuthnRequest ID and RelayState from the redirect to the IdP. */
    Started startSignIn(String slug) throws Exception {
        String location = mvc.perform(get("/saml2/authenticate/" + slug)).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith(SamlTestIdp.SSO_URL);
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();
        String samlRequest = URLDecoder.decode(query.getFirst("SAMLRequest"), StandardCharsets.UTF_8);
        String relayState = URLDecoder.decode(query.getFirst("RelayState"), StandardCharsets.UTF_8);
        ByteArrayOutputStream inflated = new ByteArrayOutputStream();
        try (InflaterOutputStream inflate = new InflaterOutputStream(inflated, new Inflater(true))) {
            inflate.write(Base64.getMimeDecoder().decode(samlRequest));
        }
        Matcher id = Pattern.compile("\\sID=\"([^\"]+)\"").matcher(inflated.toString(StandardCharsets.UTF_8));
        assertThat(id.find()).as("AuthnRequest ID").isTrue();
        return new Started(id.group(1), relayState);
    }

    /** Deactivates a user through the service (as an admin would). */
    void deactivate(String email) {
        long userId = fixture.users().loadPrincipal(email).orElseThrow().userId();
        fixture.users().setActive(userId, false, "test");
    }
}
