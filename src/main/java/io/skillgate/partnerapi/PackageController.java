package io.skillgate.partnerapi;

import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.Viewer;
import io.skillgate.base.Viewers;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.catalog.PackageFilter;
import io.skillgate.connection.SrClient;
import io.skillgate.partnerapi.v1.PackageResponse;
import io.skillgate.smartrecruiters.SmartRecruitersProperties;

/**
 * {@code assessmentPackageListUrl} and {@code singleAssessmentPackageUrl}: the token's company's packages. The list
 * keeps the packages that may be offered for the job SR describes in the query (country, remote, our custom
 * fields; see {@link PackageQuery}) and, when the requester is one of the company's portal users, that user's access
 * groups allow (a requester we do not know as a user is not limited).
 */
@RestController
@RequestMapping(path = PartnerApiPaths.BASE + "/packages", produces = MediaType.APPLICATION_JSON_VALUE)
class PackageController {

    private final CatalogService catalog;
    private final ObjectMapper json;
    private final List<String> fieldIds;

    private final Viewers viewers;

    PackageController(CatalogService catalog, ObjectMapper json, SmartRecruitersProperties smartRecruiters,
                      Viewers viewers) {
        this.catalog = catalog;
        this.viewers = viewers;
        this.json = json;
        this.fieldIds = smartRecruiters.fieldIds();
    }

    @GetMapping
    ResponseEntity<List<PackageResponse>> list(@AuthenticationPrincipal SrClient client,
                                               @RequestHeader("requester") String requester,
                                               @RequestParam MultiValueMap<String, String> query) {
        Requester who = Requester.parse(requester, json);
        PackageFilter filter = PackageQuery.parse(query, fieldIds);
        Optional<Viewer> viewer = viewers.forUser(client.companyId(), who.email());
        List<PackageResponse> packages = catalog.activePackages(client.companyId(), filter).stream()
                .filter(p -> viewer.map(v -> v.sees(client.companyId(), p.id())).orElse(true))
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
