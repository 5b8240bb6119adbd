package io.skillgate.partnerapi;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.connection.SrClient;
import io.skillgate.partnerapi.v1.PackageResponse;

/**
 * {@code assessmentPackageListUrl} and {@code singleAssessmentPackageUrl}: the token's company's packages.
 * Location query parameters and custom fields are accepted; packages carry no location or field rules yet,
 * and access-group filtering by requester comes with access groups.
 */
@RestController
@RequestMapping(path = PartnerApiPaths.BASE + "/packages", produces = MediaType.APPLICATION_JSON_VALUE)
class PackageController {

    private final CatalogService catalog;
    private final ObjectMapper json;

    PackageController(CatalogService catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @GetMapping
    ResponseEntity<List<PackageResponse>> list(@AuthenticationPrincipal SrClient client,
                                               @RequestHeader("requester") String requester) {
        Requester.parse(requester, json);
        List<PackageResponse> packages = catalog.activePackages(client.companyId()).stream()
                .map(PackageController::toResponse).toList();
        return packages.isEmpty() ? ResponseEntity.noContent().build() : ResponseEntity.ok(packages);
    }

    @GetMapping("/{assessmentPackageId}")
    PackageResponse one(@AuthenticationPrincipal SrClient client, @PathVariable String assessmentPackageId) {
        return catalog.find(client.companyId(), assessmentPackageId)
                .map(PackageController::toResponse)
                .orElseThrow(() -> new PartnerApiException(HttpStatus.NOT_FOUND, "PACKAGE_NOT_FOUND",
                        "No assessment package with this id"));
    }

    static PackageResponse toResponse(PackageDetails p) {
        return new PackageResponse(p.id(), p.name(), p.description(), p.type().name(),
                p.assessments().stream().map(a -> new PackageResponse.AssessmentResponse(a.id(), a.name(),
                        a.description(), a.type().name())).toList());
    }
}
