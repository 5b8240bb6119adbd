package io.skillgate.sso.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.opensaml.saml.saml2.core.Assertion;
import org.opensaml.saml.saml2.core.AudienceRestriction;
import org.opensaml.saml.saml2.core.Conditions;
import org.opensaml.saml.saml2.core.NameID;
import org.opensaml.saml.saml2.core.Response;
import org.opensaml.saml.saml2.core.StatusCode;
import org.opensaml.saml.saml2.core.SubjectConfirmation;
import org.opensaml.saml.saml2.core.SubjectConfirmationData;
import org.opensaml.xmlsec.signature.Signature;
import org.springframework.security.saml2.core.Saml2ResponseValidatorResult;
import io.skillgate.sso.NameIdFormat;
import org.springframework.security.saml2.provider.service.authentication.AbstractSaml2AuthenticationRequest;
import org.springframework.security.saml2.provider.service.authentication.OpenSaml4AuthenticationProvider.AssertionToken;
import org.springframework.security.saml2.provider.service.authentication.OpenSaml4AuthenticationProvider.ResponseToken;
import org.springframework.security.saml2.provider.service.authentication.Saml2AuthenticationToken;

/**
 * Our own response and assertion validation (STACK.md: Spring's default needs OpenSAML 4.1+). Everything Spring's
 * default checks, plus the company's policies: one signature algorithm, IdP-initiated sign-in allowed or not, the
 * NameID format. Each failure carries a {@link SamlRefusal} code.
 */
final class SamlValidation {

    static final String BEARER = "urn:oasis:names:tc:SAML:2.0:cm:bearer";

    private final CompanyRegistrations registrations;
    private final Clock clock;
    private final Duration skew;

    SamlValidation(CompanyRegistrations registrations, Clock clock, Duration skew) {
        this.registrations = registrations;
        this.clock = clock;
        this.skew = skew;
    }

    Saml2ResponseValidatorResult validateResponse(ResponseToken responseToken) {
        Response response = responseToken.getResponse();
        Saml2AuthenticationToken token = responseToken.getToken();
        CompanySso company = company(token);
        List<org.springframework.security.saml2.core.Saml2Error> errors = new ArrayList<>();
        String status = response.getStatus() == null || response.getStatus().getStatusCode() == null ? null
                : response.getStatus().getStatusCode().getValue();
        if (!StatusCode.SUCCESS.equals(status)) {
            errors.add(SamlRefusal.STATUS.error("The IdP answered with status " + status));
        }
        if (response.getAssertions().size() != 1 || !response.getEncryptedAssertions().isEmpty()) {
            errors.add(SamlRefusal.ASSERTION_COUNT.error("Exactly one (unencrypted) assertion is accepted"));
        }
        if (!response.isSigned() && response.getAssertions().stream().anyMatch(a -> !a.isSigned())) {
            errors.add(SamlRefusal.UNSIGNED.error("Neither the response nor its assertion is signed"));
        }
        checkAlgorithm(response.getSignature(), company, errors);
        response.getAssertions().forEach(assertion -> checkAlgorithm(assertion.getSignature(), company, errors));
        String issuer = response.getIssuer() == null ? null : response.getIssuer().getValue();
        if (!company.idpEntityId().equals(issuer)) {
            errors.add(SamlRefusal.ISSUER.error("The response was issued by " + issuer + ", not the company's IdP"));
        }
        if (!company.acsUrl().equals(response.getDestination())) {
            errors.add(SamlRefusal.DESTINATION.error("The response is addressed to " + response.getDestination()));
        }
        AbstractSaml2AuthenticationRequest request = token.getAuthenticationRequest();
        String inResponseTo = response.getInResponseTo();
        if (request != null) {
            if (!request.getId().equals(inResponseTo)) {
                errors.add(SamlRefusal.IN_RESPONSE_TO.error("The response does not answer our sign-in request"));
            }
        } else if (inResponseTo != null) {
            errors.add(SamlRefusal.IN_RESPONSE_TO.error("The response answers a sign-in request we do not know"));
        } else if (!company.idpInitiatedAllowed()) {
            errors.add(SamlRefusal.IDP_INITIATED.error("IdP-initiated sign-in is switched off for this company"));
        }
        return Saml2ResponseValidatorResult.failure(errors);
    }

    Saml2ResponseValidatorResult validateAssertion(AssertionToken assertionToken) {
        Assertion assertion = assertionToken.getAssertion();
        Saml2AuthenticationToken token = assertionToken.getToken();
        CompanySso company = company(token);
        Instant now = clock.instant();
        List<org.springframework.security.saml2.core.Saml2Error> errors = new ArrayList<>();
        String issuer = assertion.getIssuer() == null ? null : assertion.getIssuer().getValue();
        if (!company.idpEntityId().equals(issuer)) {
            errors.add(SamlRefusal.ISSUER.error("The assertion was issued by " + issuer + ", not the company's IdP"));
        }
        Conditions conditions = assertion.getConditions();
        if (conditions == null || conditions.getNotOnOrAfter() == null) {
            errors.add(SamlRefusal.CONDITIONS.error("The assertion has no validity period"));
        } else {
            if (conditions.getNotBefore() != null && conditions.getNotBefore().isAfter(now.plus(skew))) {
                errors.add(SamlRefusal.NOT_YET_VALID.error("The assertion is valid only from "
                        + conditions.getNotBefore()));
            }
            if (!conditions.getNotOnOrAfter().isAfter(now.minus(skew))) {
                errors.add(SamlRefusal.EXPIRED.error("The assertion expired at " + conditions.getNotOnOrAfter()));
            }
            List<AudienceRestriction> restrictions = conditions.getAudienceRestrictions();
            boolean forUs = !restrictions.isEmpty() && restrictions.stream().allMatch(restriction ->
                    restriction.getAudiences().stream().anyMatch(a -> company.spEntityId().equals(a.getURI())));
            if (!forUs) {
                errors.add(SamlRefusal.AUDIENCE.error("The assertion is not meant for this company's sign-in"));
            }
        }
        NameID nameId = assertion.getSubject() == null ? null : assertion.getSubject().getNameID();
        if (nameId == null || nameId.getValue() == null || nameId.getValue().isEmpty()) {
            errors.add(SamlRefusal.SUBJECT.error("The assertion names no subject"));
        } else if (nameId.getFormat() != null && !NameIdFormat.UNSPECIFIED.equals(nameId.getFormat())
                && !company.nameIdFormat().urn().equals(nameId.getFormat())) {
            errors.add(SamlRefusal.NAME_ID_FORMAT.error("The NameID has format " + nameId.getFormat()));
        }
        errors.addAll(checkConfirmation(assertion, token, company, now));
        return Saml2ResponseValidatorResult.failure(errors);
    }

    /** A bearer confirmation for our ACS, in time, answering our request (if we sent one). */
    private List<org.springframework.security.saml2.core.Saml2Error> checkConfirmation(
            Assertion assertion, Saml2AuthenticationToken token, CompanySso company, Instant now) {
        List<SubjectConfirmation> confirmations = assertion.getSubject() == null ? List.of()
                : assertion.getSubject().getSubjectConfirmations();
        AbstractSaml2AuthenticationRequest request = token.getAuthenticationRequest();
        org.springframework.security.saml2.core.Saml2Error first = null;
        for (SubjectConfirmation confirmation : confirmations) {
            org.springframework.security.saml2.core.Saml2Error error = confirmationError(confirmation, request,
                    company, now);
            if (error == null) {
                return List.of();
            }
            first = first == null ? error : first;
        }
        return List.of(first != null ? first
                : SamlRefusal.SUBJECT.error("The assertion has no bearer subject confirmation"));
    }

    private org.springframework.security.saml2.core.@Nullable Saml2Error confirmationError(
            SubjectConfirmation confirmation, @Nullable AbstractSaml2AuthenticationRequest request,
            CompanySso company, Instant now) {
        if (!BEARER.equals(confirmation.getMethod())) {
            return SamlRefusal.SUBJECT.error("The subject confirmation is not bearer");
        }
        SubjectConfirmationData data = confirmation.getSubjectConfirmationData();
        if (data == null || !company.acsUrl().equals(data.getRecipient())) {
            return SamlRefusal.RECIPIENT.error("The assertion is meant for recipient "
                    + (data == null ? null : data.getRecipient()));
        }
        if (data.getNotOnOrAfter() == null || !data.getNotOnOrAfter().isAfter(now.minus(skew))) {
            return SamlRefusal.EXPIRED.error("The subject confirmation expired at " + data.getNotOnOrAfter());
        }
        if (data.getNotBefore() != null && data.getNotBefore().isAfter(now.plus(skew))) {
            return SamlRefusal.NOT_YET_VALID.error("The subject confirmation is valid only from "
                    + data.getNotBefore());
        }
        String inResponseTo = data.getInResponseTo();
        if (request != null ? !request.getId().equals(inResponseTo) : inResponseTo != null) {
            return SamlRefusal.IN_RESPONSE_TO.error("The subject confirmation does not answer our request");
        }
        return null;
    }

    private static void checkAlgorithm(@Nullable Signature signature, CompanySso company,
                                       List<org.springframework.security.saml2.core.Saml2Error> errors) {
        if (signature != null && !company.signatureAlgorithm().uri().equals(signature.getSignatureAlgorithm())) {
            errors.add(SamlRefusal.SIGNATURE_ALGORITHM.error("Signed with " + signature.getSignatureAlgorithm()
                    + ", the company's IdP is set to " + company.signatureAlgorithm()));
        }
    }

    private CompanySso company(Saml2AuthenticationToken token) {
        return registrations.require(token.getRelyingPartyRegistration().getRegistrationId());
    }

    /** The latest instant at which the assertion could still be accepted (for replay bookkeeping). */
    Instant lastValidInstant(Assertion assertion) {
        Instant latest = assertion.getConditions() == null ? null : assertion.getConditions().getNotOnOrAfter();
        if (assertion.getSubject() != null) {
            for (SubjectConfirmation confirmation : assertion.getSubject().getSubjectConfirmations()) {
                SubjectConfirmationData data = confirmation.getSubjectConfirmationData();
                if (data != null && data.getNotOnOrAfter() != null
                        && (latest == null || data.getNotOnOrAfter().isAfter(latest))) {
                    latest = data.getNotOnOrAfter();
                }
            }
        }
        return (latest == null ? clock.instant() : latest).plus(skew);
    }
}
