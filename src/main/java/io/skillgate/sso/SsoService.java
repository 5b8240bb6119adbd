package io.skillgate.sso;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.SsoLoginMode;
import io.skillgate.access.SystemRole;
import io.skillgate.access.UserService;
import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.company.CompanyService;
import io.skillgate.company.CompanySummary;
import io.skillgate.sso.SsoSettingsRefused.Field;
import io.skillgate.sso.domain.SsoSettings;
import io.skillgate.sso.domain.SsoSettingsRepository;
import io.skillgate.sso.internal.SsoSupport;

/**
 * A company's single sign-on settings (its admins only), the test sign-in's result, and the rule for direct
 * sign-in: a company set to "SSO only" lets only its break-glass admin sign in with a password, and neither does a
 * company with SSO enabled let a user whose own login mode is SSO.
 */
@Service
@Transactional(readOnly = true)
public class SsoService {

    private static final Logger log = LoggerFactory.getLogger(SsoService.class);
    private static final int MAX_ENTITY_ID = 1024;
    private static final int MAX_URL = 2000;

    private final SsoSettingsRepository settings;
    private final CompanyService companies;
    private final UserService users;
    private final AuditService audit;
    private final SsoSupport support;
    private final Clock clock;

    SsoService(SsoSettingsRepository settings, CompanyService companies, UserService users, AuditService audit,
               SsoSupport support, Clock clock) {
        this.settings = settings;
        this.companies = companies;
        this.users = users;
        this.audit = audit;
        this.support = support;
        this.clock = clock;
    }

    /** The admin's company's settings (defaults when none were saved yet). */
    public SsoSettingsDetails settings(PortalUserPrincipal admin) {
        CompanySummary company = companyOf(admin);
        return settings.findByCompanyId(company.id().value()).map(row -> details(company, row))
                .orElseGet(() -> details(company, null));
    }

    /**
     * Saves the admin's company's settings. The IdP is resolved from what {@code source} names (a metadata URL is
     * fetched now); switching "SSO only" on needs a break-glass admin and a successful test sign-in since the IdP
     * last changed.
     *
     * @throws SsoSettingsRefused with the field at fault
     */
    @Transactional
    public SsoSettingsDetails save(PortalUserPrincipal admin, SaveSsoSettingsCommand command,
                                   @Nullable String remoteAddress) {
        CompanySummary company = companyOf(admin);
        if (!support.available()) {
            throw new SsoSettingsRefused(Field.ACCESS, "Single sign-on is not available on this deployment yet: the"
                    + " operator must install the SAML signing key (skillgate.sso.sp-key-location)");
        }
        SsoSupport.ResolvedIdp idp = resolve(command);
        SsoSettings row = settings.findByCompanyId(company.id().value())
                .orElseGet(() -> new SsoSettings(company.id().value()));
        boolean idpChanged = row.getId() == null || !sameIdp(row, idp)
                || row.getSignatureAlgorithm() != command.signatureAlgorithm()
                || row.getNameIdFormat() != command.nameIdFormat();
        String breakGlass = blankToNull(command.breakGlassEmail());
        if (command.ssoOnly()) {
            checkSsoOnly(company, command, breakGlass, idpChanged || !Boolean.TRUE.equals(row.getLastTestSucceeded()));
        }
        row.setEnabled(command.enabled());
        row.setSource(command.source());
        row.setMetadataUrl(command.source() == IdpSource.METADATA_URL ? command.metadataUrl() : null);
        row.setMetadataXml(command.source() == IdpSource.METADATA_URL ? null : idp.metadataXml());
        row.setIdp(idp.entityId(), idp.ssoUrl(), idp.certificate1(), idp.certificate2());
        if (command.source() == IdpSource.METADATA_URL) {
            row.setMetadataRefresh(clock.instant(), null);
        }
        row.setSignatureAlgorithm(command.signatureAlgorithm());
        row.setNameIdFormat(command.nameIdFormat());
        row.setIdpInitiatedAllowed(command.idpInitiatedAllowed());
        row.setLoginBindingAllowed(command.loginBindingAllowed());
        row.setSsoOnly(command.ssoOnly());
        row.setBreakGlassEmail(breakGlass == null ? null : breakGlass.toLowerCase(java.util.Locale.ROOT));
        if (idpChanged && row.getId() != null) {
            row.setLastTest(clock.instant(), false, "The IdP settings changed: test the sign-in again.");
        }
        row.touch(clock.instant(), admin.email());
        SsoSettings saved = settings.saveAndFlush(row);
        audit.record(new AuditEntry(company.id(), admin.email(), "sso.settings.changed",
                "Single sign-on " + (command.enabled() ? "enabled" : "disabled") + "; IdP " + idp.entityId()
                        + " (" + command.source() + ", " + command.signatureAlgorithm() + ", "
                        + command.nameIdFormat() + "); IdP-initiated " + onOff(command.idpInitiatedAllowed())
                        + "; login binding " + onOff(command.loginBindingAllowed()) + "; SSO only "
                        + onOff(command.ssoOnly()) + (breakGlass == null ? "" : " (break-glass " + breakGlass + ")"),
                remoteAddress));
        log.atInfo().addKeyValue("event", "sso.settings.changed").addKeyValue("company", company.slug())
                .log("SSO settings of {} changed by {}", company.slug(), admin.email());
        return details(company, saved);
    }

    /**
     * May this user sign in with a password? Everyone may while their company's SSO is not enabled. With it enabled,
     * the company's break-glass admin may; everyone else only when the company is not set to "SSO only" and their
     * own login mode is not {@link SsoLoginMode#SSO}.
     */
    public boolean directSignInAllowed(PortalUserPrincipal user) {
        CompanyId companyId = user.companyId();
        if (companyId == null) {
            return true;
        }
        return settings.findByCompanyId(companyId.value())
                .filter(SsoSettings::isEnabled)
                .map(row -> user.email().equalsIgnoreCase(Objects.requireNonNullElse(row.getBreakGlassEmail(), ""))
                        || !row.isSsoOnly() && user.ssoLoginMode() != SsoLoginMode.SSO)
                .orElse(true);
    }

    /** Whether this deployment can do SSO at all (its SAML signing key is installed). */
    public boolean available() {
        return support.available();
    }

    /** Records the result of an admin's test sign-in (see {@code /sso/<slug>/test}). */
    @Transactional
    public void recordTest(CompanyId companyId, boolean succeeded, String detail, String requestedBy) {
        settings.findByCompanyId(companyId.value()).ifPresent(row -> {
            row.setLastTest(clock.instant(), succeeded, detail);
            audit.record(AuditEntry.of(companyId, requestedBy, "sso.test",
                    "Test sign-in " + (succeeded ? "succeeded: " : "failed: ") + detail));
        });
    }

    /** Fetches every metadata URL again (certificate rollover); returns how many changed. */
    @Transactional
    public int refreshMetadata() {
        int changed = 0;
        for (SsoSettings row : settings.findByMetadataUrlIsNotNull()) {
            try {
                SsoSupport.ResolvedIdp idp = support.fromMetadataUrl(Objects.requireNonNull(row.getMetadataUrl()));
                if (!sameIdp(row, idp)) {
                    row.setIdp(idp.entityId(), idp.ssoUrl(), idp.certificate1(), idp.certificate2());
                    audit.record(AuditEntry.of(new CompanyId(row.getCompanyId()), "system", "sso.metadata.changed",
                            "The IdP's metadata changed (entity id, SSO URL or certificates); now in force"));
                    changed++;
                }
                row.setMetadataRefresh(clock.instant(), null);
            } catch (IllegalArgumentException e) {
                row.setMetadataRefresh(clock.instant(), e.getMessage());
                log.atWarn().addKeyValue("event", "sso.metadata.failed").addKeyValue("companyId", row.getCompanyId())
                        .log("Refreshing the IdP metadata of company {} failed: {}", row.getCompanyId(),
                                e.getMessage());
            }
        }
        return changed;
    }

    private SsoSupport.ResolvedIdp resolve(SaveSsoSettingsCommand command) {
        return switch (command.source()) {
            case METADATA_URL -> {
                String url = blankToNull(command.metadataUrl());
                if (url == null || url.length() > MAX_URL) {
                    throw new SsoSettingsRefused(Field.METADATA_URL, "Enter the IdP's metadata URL");
                }
                try {
                    yield support.fromMetadataUrl(url);
                } catch (IllegalArgumentException e) {
                    throw new SsoSettingsRefused(Field.METADATA_URL, e.getMessage());
                }
            }
            case METADATA_XML -> {
                String xml = blankToNull(command.metadataXml());
                if (xml == null) {
                    throw new SsoSettingsRefused(Field.METADATA_XML, "Paste the IdP's metadata XML");
                }
                try {
                    yield support.fromMetadataXml(xml);
                } catch (IllegalArgumentException e) {
                    throw new SsoSettingsRefused(Field.METADATA_XML, e.getMessage());
                }
            }
            case MANUAL -> manual(command);
        };
    }

    private SsoSupport.ResolvedIdp manual(SaveSsoSettingsCommand command) {
        String entityId = blankToNull(command.idpEntityId());
        if (entityId == null || entityId.length() > MAX_ENTITY_ID) {
            throw new SsoSettingsRefused(Field.IDP_ENTITY_ID, "Enter the IdP's entity id (at most 1024 characters)");
        }
        String ssoUrl = blankToNull(command.idpSsoUrl());
        if (ssoUrl == null || ssoUrl.length() > MAX_URL || !support.isWebUrl(ssoUrl)) {
            throw new SsoSettingsRefused(Field.IDP_SSO_URL, "Enter the IdP's SSO URL (http or https)");
        }
        String certificate1 = certificate(command.certificate1(), Field.CERTIFICATE_1);
        if (certificate1 == null) {
            throw new SsoSettingsRefused(Field.CERTIFICATE_1, "Paste the IdP's signing certificate");
        }
        String certificate2 = certificate(command.certificate2(), Field.CERTIFICATE_2);
        if (certificate1.equals(certificate2)) {
            certificate2 = null;
        }
        return new SsoSupport.ResolvedIdp(entityId, ssoUrl, certificate1, certificate2, null);
    }

    private @Nullable String certificate(@Nullable String text, Field field) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        try {
            return support.normalizeCertificate(value);
        } catch (IllegalArgumentException e) {
            throw new SsoSettingsRefused(field, e.getMessage());
        }
    }

    private void checkSsoOnly(CompanySummary company, SaveSsoSettingsCommand command, @Nullable String breakGlass,
                              boolean untested) {
        if (!command.enabled()) {
            throw new SsoSettingsRefused(Field.SSO_ONLY, "\"SSO only\" needs single sign-on to be enabled");
        }
        if (breakGlass == null) {
            throw new SsoSettingsRefused(Field.BREAK_GLASS_EMAIL,
                    "Name a break-glass admin who may still sign in with a password");
        }
        Optional<PortalUserPrincipal> admin = users.loadPrincipal(breakGlass);
        if (admin.isEmpty() || !company.id().equals(admin.get().companyId())
                || !admin.get().hasRole(SystemRole.ADMIN) || !admin.get().isEnabled()
                || admin.get().getPassword().isEmpty()) {
            throw new SsoSettingsRefused(Field.BREAK_GLASS_EMAIL,
                    "The break-glass admin must be an active admin of this company with a password");
        }
        if (untested) {
            throw new SsoSettingsRefused(Field.SSO_ONLY,
                    "Save the IdP settings and run a successful test sign-in before switching on \"SSO only\"");
        }
    }

    private CompanySummary companyOf(PortalUserPrincipal admin) {
        if (!admin.companyAdmin()) {
            throw new SsoSettingsRefused(Field.ACCESS, "Only a company admin may manage single sign-on");
        }
        return companies.find(admin.requireCompanyId())
                .orElseThrow(() -> new SsoSettingsRefused(Field.ACCESS, "Unknown company"));
    }

    private SsoSettingsDetails details(CompanySummary company, @Nullable SsoSettings row) {
        Instant now = clock.instant();
        List<IdpCertificate> certificates = new ArrayList<>();
        if (row != null) {
            certificates.add(support.describe(row.getIdpCertificate1(), now));
            if (row.getIdpCertificate2() != null) {
                certificates.add(support.describe(row.getIdpCertificate2(), now));
            }
        }
        String slug = company.slug();
        return new SsoSettingsDetails(row != null, slug, row != null && row.isEnabled(),
                row == null ? IdpSource.METADATA_URL : row.getSource(), row == null ? null : row.getMetadataUrl(),
                row == null ? null : row.getMetadataXml(), row == null ? "" : row.getIdpEntityId(),
                row == null ? "" : row.getIdpSsoUrl(), List.copyOf(certificates),
                row == null ? SignatureAlgorithm.RSA_SHA256 : row.getSignatureAlgorithm(),
                row == null ? NameIdFormat.EMAIL : row.getNameIdFormat(), row != null && row.isIdpInitiatedAllowed(),
                row != null && row.isLoginBindingAllowed(), row != null && row.isSsoOnly(),
                row == null ? null : row.getBreakGlassEmail(), row == null ? null : row.getMetadataRefreshedAt(),
                row == null ? null : row.getMetadataRefreshError(), row == null ? null : row.getLastTestAt(),
                row == null ? null : row.getLastTestSucceeded(), row == null ? null : row.getLastTestDetail(),
                support.spEntityId(slug), support.acsUrl(slug), support.startUrl(slug), support.testUrl(slug),
                row == null ? null : row.getUpdatedAt(), row == null ? null : row.getUpdatedBy());
    }

    private static boolean sameIdp(SsoSettings row, SsoSupport.ResolvedIdp idp) {
        return row.getIdpEntityId().equals(idp.entityId()) && row.getIdpSsoUrl().equals(idp.ssoUrl())
                && row.getIdpCertificate1().equals(idp.certificate1())
                && Objects.equals(row.getIdpCertificate2(), idp.certificate2());
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String onOff(boolean value) {
        return value ? "on" : "off";
    }
}
