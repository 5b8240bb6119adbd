package io.skillgate.sso.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks on the raw SAML response before OpenSAML reads it: POST binding only, size, base64, no DTD, and the
 * document's shape. The shape checks defeat signature wrapping (XSW1–8: a second copy of a signed element placed
 * elsewhere), however the signature check itself would have fared: exactly one assertion, a direct child of the
 * response; every signature a direct child of the response or the assertion and referring to exactly that
 * element; IDs unique; no comment or processing instruction inside the assertion (comment injection that
 * would let a NameID read differently than it was signed).
 */
final class SamlResponseGuard {

    static final String PROTOCOL = "urn:oasis:names:tc:SAML:2.0:protocol";
    static final String ASSERTION = "urn:oasis:names:tc:SAML:2.0:assertion";
    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";

    private final int maxBytes;

    SamlResponseGuard(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Checks the request's {@code SAMLResponse}; throws a refusal with its code. */
    void check(String method, String samlResponse) {
        if (!"POST".equals(method)) {
            throw SamlRefusal.BINDING.exception("Only the HTTP-POST binding is accepted");
        }
        if (samlResponse.length() > maxBytes / 3 * 4 + 4096) {
            throw SamlRefusal.TOO_LARGE.exception("The SAML response is larger than " + maxBytes + " bytes");
        }
        byte[] xml;
        try {
            xml = Base64.getMimeDecoder().decode(samlResponse);
        } catch (IllegalArgumentException e) {
            throw SamlRefusal.MALFORMED.exception("The SAML response is not base64");
        }
        if (xml.length > maxBytes) {
            throw SamlRefusal.TOO_LARGE.exception("The SAML response is larger than " + maxBytes + " bytes");
        }
        String text = new String(xml, StandardCharsets.UTF_8);
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.contains("<!DOCTYPE") || upper.contains("<!ENTITY")) {
            throw SamlRefusal.DTD.exception("A SAML response with a DTD or entity declaration is refused");
        }
        checkShape(parse(xml));
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw SamlRefusal.MALFORMED.exception("The SAML response is not well-formed XML");
        }
    }

    private static void checkShape(Document document) {
        Element response = document.getDocumentElement();
        if (!PROTOCOL.equals(response.getNamespaceURI()) || !"Response".equals(response.getLocalName())) {
            throw SamlRefusal.MALFORMED.exception("The document is not a SAML 2.0 Response");
        }
        if (document.getElementsByTagNameNS(ASSERTION, "EncryptedAssertion").getLength() > 0) {
            throw SamlRefusal.ENCRYPTED_ASSERTION.exception("Encrypted assertions are not accepted");
        }
        NodeList assertions = document.getElementsByTagNameNS(ASSERTION, "Assertion");
        if (assertions.getLength() != 1) {
            throw SamlRefusal.ASSERTION_COUNT.exception("The response holds " + assertions.getLength()
                    + " assertions; exactly one is accepted");
        }
        Element assertion = (Element) assertions.item(0);
        if (assertion.getParentNode() != response) {
            throw SamlRefusal.ASSERTION_POSITION.exception("The assertion is not a direct child of the response");
        }
        checkUniqueIds(response, new HashSet<>());
        NodeList signatures = document.getElementsByTagNameNS(DSIG, "Signature");
        for (int i = 0; i < signatures.getLength(); i++) {
            Element signature = (Element) signatures.item(i);
            Node parent = signature.getParentNode();
            if (parent != response && parent != assertion) {
                throw SamlRefusal.SIGNATURE_POSITION.exception("A signature sits outside the response and the assertion");
            }
            checkReference(signature, (Element) parent);
        }
        checkNoCommentsOrInstructions(assertion);
    }

    private static void checkUniqueIds(Element element, Set<String> seen) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
            if (("ID".equals(name) || "Id".equals(name) || "id".equals(name)) && !seen.add(attribute.getValue())) {
                throw SamlRefusal.DUPLICATE_ID.exception("The ID " + abbreviate(attribute.getValue())
                        + " occurs twice");
            }
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                checkUniqueIds(childElement, seen);
            }
        }
    }

    private static void checkReference(Element signature, Element signed) {
        NodeList references = signature.getElementsByTagNameNS(DSIG, "Reference");
        String id = signed.getAttribute("ID");
        if (references.getLength() != 1 || id.isEmpty()
                || !("#" + id).equals(((Element) references.item(0)).getAttribute("URI"))) {
            throw SamlRefusal.SIGNATURE_REFERENCE.exception("A signature does not refer to exactly the element"
                    + " that holds it");
        }
    }

    private static void checkNoCommentsOrInstructions(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.COMMENT_NODE || child.getNodeType() == Node.PROCESSING_INSTRUCTION_NODE) {
                throw SamlRefusal.COMMENT.exception("The assertion holds a comment or processing instruction");
            }
            checkNoCommentsOrInstructions(child);
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
