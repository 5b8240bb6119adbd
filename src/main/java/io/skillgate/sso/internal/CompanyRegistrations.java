package io.skillgate.sso.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.opensaml.saml.common.xml.SAMLConstants;
import org.opensaml.saml.saml2.metadata.SPSSODescriptor;
import org.springframework.security.saml2.core.Saml2X509Credential;
import org.springframework.security.saml2.provider.service.metadata.OpenSaml4MetadataResolver;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistration;
import org.springframework.security.saml2.provider.service.registration.RelyingPartyRegistrationRepository;
import org.springframework.security.saml2.provider.service.registration.Saml2MessageBinding;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.base.CompanyId;
import io.skillgate.base.SkillgateProperties;
import io.skillgate.company.CompanyService;
import io.skillgate.company.CompanySummary;
import io.skillgate.sso.domain.SsoSettings;
import io.skillgate.sso.domain.SsoSettingsRepository;

/**
 * Spring's registrations, one per company with SSO enabled; the registration id is the company's slug. Each
 * lookup reads the company's settings row (one indexed query) and reuses the registration built for that row's
 * version, so a change made on any node is in force on every node at its next sign-in.
 */
@Component
@Transactional(readOnly = true)
class CompanyRegistrations implements RelyingPartyRegistrationRepository {

    static final String ACS_PATH = "/login/saml2/sso/";
    static final String METADATA_PATH = "/saml2/service-provider-metadata/";
    static final String START_PATH = "/saml2/authenticate/";

    private final CompanyService companies;
    private final SsoSettingsRepository settings;
    private final SpCredentials sp;
    private final SkillgateProperties portal;
    private final Map<Long, CompanySso> built = new ConcurrentHashMap<>();
    private final OpenSaml4MetadataResolver metadata = spMetadataResolver();

    CompanyRegistrations(CompanyService companies, SsoSettingsRepository settings, SpCredentials sp,
                         SkillgateProperties portal) {
        this.companies = companies;
        this.settings = settings;
        this.sp = sp;
        this.portal = portal;
    }

    @Override
    public @Nullable RelyingPartyRegistration findByRegistrationId(String registrationId) {
        return find(registrationId).map(CompanySso::registration).orElse(null);
    }

    /** The company's enabled SSO, if the slug names a company that has it. */
    Optional<CompanySso> find(String slug) {
        if (slug.isEmpty() || slug.length() > 64) {
            return Optional.empty();
        }
        return companies.findBySlug(slug).flatMap(company -> settings.findByCompanyId(company.id().value())
                .filter(SsoSettings::isEnabled).map(row -> snapshot(company, row)));
    }

    /** The company of a sign-in already under way; refused as {@code unknown-company} if SSO is gone meanwhile. */
    CompanySso require(String slug) {
        return find(slug).orElseThrow(() -> SamlRefusal.UNKNOWN_COMPANY.exception("Single sign-on is not set up here"));
    }

    Optional<CompanySso> find(CompanyId companyId) {
        return companies.find(companyId).flatMap(company -> settings.findByCompanyId(companyId.value())
                .filter(SsoSettings::isEnabled).map(row -> snapshot(company, row)));
    }

    String entityId(String slug) {
        return portal.url(METADATA_PATH + slug);
    }

    String acsUrl(String slug) {
        return portal.url(ACS_PATH + slug);
    }

    String startUrl(String slug) {
        return portal.url("/sso/" + slug);
    }

    /**
     * Our SP metadata for a company (entity id, ACS, signing certificate), whether or not its SSO is set up yet:
     * admins give it to their IdP first.
     */
    Optional<String> spMetadata(String slug) {
        if (slug.isEmpty() || slug.length() > 64 || !sp.available()) {
            return Optional.empty();
        }
        return companies.findBySlug(slug).map(company -> metadata.resolve(RelyingPartyRegistration
                .withRegistrationId(slug)
                .entityId(entityId(slug))
                .assertionConsumerServiceLocation(acsUrl(slug))
                .assertionConsumerServiceBinding(Saml2MessageBinding.POST)
                .signingX509Credentials(credentials -> credentials.add(sp.signing()))
                .assertingPartyMetadata(idp -> idp.entityId("urn:skillgate:no-idp-yet")
                        .singleSignOnServiceLocation(portal.url("/login"))
                        .wantAuthnRequestsSigned(true))
                .build()));
    }

    /** Spring's SP metadata, saying what we do: we sign our requests and want signed assertions. */
    private static OpenSaml4MetadataResolver spMetadataResolver() {
        OpenSaml4MetadataResolver resolver = new OpenSaml4MetadataResolver();
        resolver.setEntityDescriptorCustomizer(parameters -> {
            SPSSODescriptor sp = parameters.getEntityDescriptor().getSPSSODescriptor(SAMLConstants.SAML20P_NS);
            if (sp != null) {
                sp.setAuthnRequestsSigned(true);
                sp.setWantAssertionsSigned(true);
            }
        });
        return resolver;
    }

    private CompanySso snapshot(CompanySummary company, SsoSettings row) {
        CompanySso cached = built.get(row.getCompanyId());
        if (cached != null && cached.version() == row.getVersion() && cached.slug().equals(company.slug())) {
            return cached;
        }
        CompanySso fresh = new CompanySso(company.id(), company.slug(), row.getVersion(), row.getSignatureAlgorithm(),
                row.getNameIdFormat(), row.isIdpInitiatedAllowed(), row.isLoginBindingAllowed(), row.isSsoOnly(),
                row.getBreakGlassEmail(), registration(company.slug(), row));
        built.put(row.getCompanyId(), fresh);
        return fresh;
    }

    private RelyingPartyRegistration registration(String slug, SsoSettings row) {
        List<Saml2X509Credential> verification = new ArrayList<>();
        verification.add(Saml2X509Credential.verification(Certificates.parse(row.getIdpCertificate1())));
        if (row.getIdpCertificate2() != null) {
            verification.add(Saml2X509Credential.verification(Certificates.parse(row.getIdpCertificate2())));
        }
        return RelyingPartyRegistration.withRegistrationId(slug)
                .entityId(entityId(slug))
                .assertionConsumerServiceLocation(acsUrl(slug))
                .assertionConsumerServiceBinding(Saml2MessageBinding.POST)
                .nameIdFormat(row.getNameIdFormat().urn())
                .signingX509Credentials(credentials -> credentials.add(sp.signing()))
                .assertingPartyMetadata(idp -> idp
                        .entityId(row.getIdpEntityId())
                        .singleSignOnServiceLocation(row.getIdpSsoUrl())
                        .singleSignOnServiceBinding(Saml2MessageBinding.REDIRECT)
                        .wantAuthnRequestsSigned(true)
                        .signingAlgorithms(algorithms -> {
                            algorithms.clear();
                            algorithms.add(row.getSignatureAlgorithm().uri());
                        })
                        .verificationX509Credentials(credentials -> credentials.addAll(verification)))
                .build();
    }
}
