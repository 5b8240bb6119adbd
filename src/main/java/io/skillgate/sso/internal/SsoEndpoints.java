package io.skillgate.sso.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import io.skillgate.access.PortalUserPrincipal;

/**
 * Short links that start an SSO sign-in: {@code /sso/<slug>} (what admins hand out, and what the login page's
 * "company" field goes to) and {@code /sso/<slug>/test} (an admin's test sign-in: it signs nobody in, it records
 * whether the IdP's answer passed every check).
 */
@Controller
class SsoEndpoints {

    private final CompanyRegistrations registrations;

    SsoEndpoints(CompanyRegistrations registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/sso")
    String byCompanyField(@RequestParam(name = "company", defaultValue = "") String company) {
        return start(company.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @GetMapping("/sso/{slug}")
    String start(@PathVariable String slug) {
        if (registrations.find(slug).isEmpty()) {
            return "redirect:/login?sso-unknown";
        }
        return "redirect:" + CompanyRegistrations.START_PATH + slug;
    }

    /** Our SP metadata for the company (public: what its admins give their IdP). */
    @GetMapping(CompanyRegistrations.METADATA_PATH + "{slug}")
    ResponseEntity<String> metadata(@PathVariable String slug) {
        return registrations.spMetadata(slug)
                .map(xml -> ResponseEntity.ok().contentType(MediaType.parseMediaType("application/samlmetadata+xml"))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"skillgate-sp-" + slug + ".xml\"")
                        .body(xml))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping("/sso/{slug}/test")
    String test(@PathVariable String slug, @Nullable Authentication authentication, HttpServletRequest request) {
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalUserPrincipal admin) || !admin.companyAdmin()
                || registrations.find(slug).filter(c -> c.companyId().equals(admin.companyId())).isEmpty()) {
            return "redirect:" + SsoLoginHandlers.SETTINGS_PAGE.replace("?test", "?test-refused");
        }
        request.getSession(true).setAttribute(StoredAuthnRequests.TEST_ATTRIBUTE, slug + " " + admin.email());
        return "redirect:" + CompanyRegistrations.START_PATH + slug;
    }
}
