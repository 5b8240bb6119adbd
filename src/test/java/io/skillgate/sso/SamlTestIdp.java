package io.skillgate.sso;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;
import java.util.function.Consumer;

import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.opensaml.core.xml.XMLObject;
import org.opensaml.core.xml.config.XMLObjectProviderRegistrySupport;
import org.opensaml.core.xml.io.MarshallingException;
import org.opensaml.saml.common.SignableSAMLObject;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.Audience;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.AuthnContext;
import org.opensaml.saml.saml2.core.AuthnContextClassRef;
import org.opensaml.saml.saml2.core.AuthnStatement;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.Issuer;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.Status;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.Subject;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.security.x509.BasicX509Credential;
import org.opensaml.xmlsec.SignatureSigningParameters;
import org.opensaml.xmlsec.keyinfo.impl.X509KeyInfoGeneratorFactory;
import org.opensaml.xmlsec.signature.support.SignatureConstants;
import org.opensaml.xmlsec.signature.support.SignatureSupport;
import org.springframework.security.saml2.core.OpenSamlInitializationService;
import org.w3c.dom.Element;

import javax.xml.namespace.QName;

/**
 * A SAML IdP in the tests: its own key and certificate, and responses built with OpenSAML exactly as an IdP would
 * send them (signed response and assertion, RSA-SHA256), each part changeable before signing, and the signed XML
 * changeable after (for wrapping attacks).
 */
public final class SamlTestIdp {

    static {
        OpenSamlInitializationService.initialize();
    }

    public static final String ENTITY_ID = "https://idp.example.test/saml";
    public static final String SSO_URL = "https://idp.example.test/saml/sso";

    private final KeyPair keys;
    private final X509Certificate certificate;
    private final String entityId;

    public SamlTestIdp() {
        this(ENTITY_ID, "CN=Test IdP", Duration.ofDays(365));
    }

    public SamlTestIdp(String entityId, String subject, Duration validity) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            this.keys = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name name = new X500Name(subject);
            this.certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                    name, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(validity)), name, keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
            this.entityId = entityId;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String entityId() {
        return entityId;
    }

    public String certificatePem() {
        return "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(encoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    public X509Certificate certificate() {
        return certificate;
    }

    private byte[] encoded() {
        try {
            return certificate.getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a response says; defaults are a valid answer to an IdP-initiated sign-in. */
    public static final class Spec {
        public String nameId;
        public String nameIdFormat = NameIdFormat.EMAIL.urn();
        public String audience;
        public String recipient;
        public String destination;
        public String issuer;
        public String assertionIssuer;
        public String inResponseTo;
        public String statusCode = StatusCode.SUCCESS;
        public Instant notBefore = Instant.now().minusSeconds(30);
        public Instant notOnOrAfter = Instant.now().plusSeconds(300);
        public Instant confirmationNotOnOrAfter = Instant.now().plusSeconds(300);
        public String confirmationMethod = "urn:oasis:names:tc:SAML:2.0:cm:bearer";
        public String assertionId = "_a" + UUID.randomUUID();
        public String responseId = "_r" + UUID.randomUUID();
        public boolean signResponse = true;
        public boolean signAssertion = true;
        public String signatureAlgorithm = SignatureConstants.ALGO_ID_SIGNATURE_RSA_SHA256;
        public boolean keyInfo = true;

        Spec(String nameId, String spEntityId, String acsUrl, String idpEntityId) {
            this.nameId = nameId;
            this.audience = spEntityId;
            this.recipient = acsUrl;
            this.destination = acsUrl;
            this.issuer = idpEntityId;
            this.assertionIssuer = idpEntityId;
        }
    }

    public Spec spec(String nameId, String spEntityId, String acsUrl) {
        return new Spec(nameId, spEntityId, acsUrl, entityId);
    }

    /** The response as XML (signed as the spec says). */
    public String xml(Spec spec) {
        return xml(spec, response -> { });
    }

    /** The response as XML; {@code change} may alter the OpenSAML objects before signing. */
    public String xml(Spec spec, Consumer<Response> change) {
        return serialize(signedElement(spec, change));
    }

    /** The signed DOM, for changes after signing (wrapping attacks). */
    public Element signedElement(Spec spec, Consumer<Response> change) {
        try {
            Response response = build(spec);
            change.accept(response);
            Assertion assertion = response.getAssertions().isEmpty() ? null : response.getAssertions().get(0);
            if (spec.signAssertion && assertion != null) {
                sign(assertion, spec);
            }
            if (spec.signResponse) {
                sign(response, spec);
            }
            return XMLObjectProviderRegistrySupport.getMarshallerFactory().getMarshaller(response).marshall(response);
        } catch (MarshallingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String base64(String xml) {
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    public static String serialize(Element element) {
        try {
            StringWriter out = new StringWriter();
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            transformer.transform(new DOMSource(element.getOwnerDocument()), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void sign(SignableSAMLObject object, Spec spec) {
        try {
            SignatureSigningParameters parameters = new SignatureSigningParameters();
            parameters.setSigningCredential(new BasicX509Credential(certificate, keys.getPrivate()));
            parameters.setSignatureAlgorithm(spec.signatureAlgorithm);
            parameters.setSignatureReferenceDigestMethod(SignatureConstants.ALGO_ID_DIGEST_SHA256);
            parameters.setSignatureCanonicalizationAlgorithm(SignatureConstants.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
            if (spec.keyInfo) {
                X509KeyInfoGeneratorFactory keyInfo = new X509KeyInfoGeneratorFactory();
                keyInfo.setEmitEntityCertificate(true);
                parameters.setKeyInfoGenerator(keyInfo.newInstance());
            }
            SignatureSupport.signObject(object, parameters);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Response build(Spec spec) {
        Instant now = Instant.now();
        Response response = object(Response.DEFAULT_ELEMENT_NAME);
        response.setID(spec.responseId);
        response.setIssueInstant(now);
        response.setDestination(spec.destination);
        response.setInResponseTo(spec.inResponseTo);
        response.setIssuer(issuer(spec.issuer));
        Status status = object(Status.DEFAULT_ELEMENT_NAME);
        StatusCode code = object(StatusCode.DEFAULT_ELEMENT_NAME);
        code.setValue(spec.statusCode);
        status.setStatusCode(code);
        response.setStatus(status);

        Assertion assertion = object(Assertion.DEFAULT_ELEMENT_NAME);
        assertion.setID(spec.assertionId);
        assertion.setIssueInstant(now);
        assertion.setIssuer(issuer(spec.assertionIssuer));
        Subject subject = object(Subject.DEFAULT_ELEMENT_NAME);
        NameID nameId = object(NameID.DEFAULT_ELEMENT_NAME);
        nameId.setValue(spec.nameId);
        nameId.setFormat(spec.nameIdFormat);
        subject.setNameID(nameId);
        SubjectConfirmation confirmation = object(SubjectConfirmation.DEFAULT_ELEMENT_NAME);
        confirmation.setMethod(spec.confirmationMethod);
        SubjectConfirmationData data = object(SubjectConfirmationData.DEFAULT_ELEMENT_NAME);
        data.setRecipient(spec.recipient);
        data.setNotOnOrAfter(spec.confirmationNotOnOrAfter);
        data.setInResponseTo(spec.inResponseTo);
        confirmation.setSubjectConfirmationData(data);
        subject.getSubjectConfirmations().add(confirmation);
        assertion.setSubject(subject);
        Conditions conditions = object(Conditions.DEFAULT_ELEMENT_NAME);
        conditions.setNotBefore(spec.notBefore);
        conditions.setNotOnOrAfter(spec.notOnOrAfter);
        AudienceRestriction restriction = object(AudienceRestriction.DEFAULT_ELEMENT_NAME);
        Audience audience = object(Audience.DEFAULT_ELEMENT_NAME);
        audience.setURI(spec.audience);
        restriction.getAudiences().add(audience);
        conditions.getAudienceRestrictions().add(restriction);
        assertion.setConditions(conditions);
        AuthnStatement statement = object(AuthnStatement.DEFAULT_ELEMENT_NAME);
        statement.setAuthnInstant(now);
        AuthnContext context = object(AuthnContext.DEFAULT_ELEMENT_NAME);
        AuthnContextClassRef classRef = object(AuthnContextClassRef.DEFAULT_ELEMENT_NAME);
        classRef.setURI(AuthnContext.PPT_AUTHN_CTX);
        context.setAuthnContextClassRef(classRef);
        statement.setAuthnContext(context);
        assertion.getAuthnStatements().add(statement);
        response.getAssertions().add(assertion);
        return response;
    }

    private static Issuer issuer(String value) {
        Issuer issuer = object(Issuer.DEFAULT_ELEMENT_NAME);
        issuer.setValue(value);
        return issuer;
    }

    @SuppressWarnings("unchecked")
    static <T extends XMLObject> T object(QName name) {
        return (T) XMLObjectProviderRegistrySupport.getBuilderFactory().getBuilderOrThrow(name).buildObject(name);
    }
}
