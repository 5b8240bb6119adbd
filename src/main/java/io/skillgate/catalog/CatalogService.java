package io.skillgate.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Validator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.base.Validation;
import io.skillgate.catalog.domain.Assessment;
import io.skillgate.catalog.domain.AssessmentPackage;
import io.skillgate.catalog.domain.AssessmentPackageRepository;
import io.skillgate.catalog.domain.Question;
import io.skillgate.catalog.internal.ActivePackageCache;

/** A company's assessment packages. Every read and write names the company. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final AssessmentPackageRepository packages;
    private final ActivePackageCache activeLists;
    private final AuditService audit;
    private final Validator validator;
    private final Clock clock;

    CatalogService(AssessmentPackageRepository packages, ActivePackageCache activeLists, AuditService audit,
                   Validator validator, Clock clock) {
        this.packages = packages;
        this.activeLists = activeLists;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    @Transactional
    public PackageDetails create(CompanyId companyId, CreatePackageCommand command, String actor) {
        Validation.firstViolation(validator, command).ifPresent(violation -> {
            throw new IllegalArgumentException(violation);
        });
        if (!command.availability().unknownCountries().isEmpty()) {
            throw new IllegalArgumentException("availability.countries: not ISO 3166-1 alpha-2 codes: "
                    + command.availability().unknownCountries());
        }
        command.assessments().stream().flatMap(a -> a.questions().stream()).map(NewQuestion::problem)
                .filter(Objects::nonNull).findFirst().ifPresent(problem -> {
                    throw new IllegalArgumentException("questions: " + problem);
                });
        AssessmentPackage created = new AssessmentPackage(companyId.value(), UUID.randomUUID().toString(),
                command.name().strip(), command.description().strip(), command.type(), clock.instant());
        command.assessments().forEach(a -> {
            Assessment assessment = created.addAssessment(UUID.randomUUID().toString(), a.name().strip(),
                    a.description().strip(), a.type());
            assessment.setTimeLimitSeconds(a.timeLimitSeconds());
            a.questions().forEach(q -> assessment.addQuestion(UUID.randomUUID().toString(), q));
        });
        created.setAvailability(command.availability());
        created.setTerms(command.terms());
        PackageDetails details = toDetails(packages.save(created));
        // every change of a company's packages drops its cached active list (see ActivePackageCache)
        activeLists.evictAfterCommit(companyId.value());
        audit.record(AuditEntry.of(companyId, actor, "package.created", "Created package " + details.name()));
        return details;
    }

    /**
     * The company's active packages, by name: the hot path of the partner API, so served from a per-node cache
     * that a change on this node drops at once and another node's change reaches within
     * {@link ActivePackageCache#TIME_TO_LIVE}. A miss is one auto-committed query.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<PackageDetails> activePackages(CompanyId companyId) {
        return activeLists.get(companyId.value(), () -> packages.findByCompanyIdAndActiveTrueOrderByNameAsc(
                companyId.value()).stream().map(CatalogService::toDetails).toList());
    }

    /**
     * The company's active packages that may be offered for the job SR describes (see {@link PackageFilter#admits}),
     * by name. Filtered on the company's active list, which is small.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<PackageDetails> activePackages(CompanyId companyId, PackageFilter filter) {
        return activePackages(companyId).stream().filter(filter::admits).toList();
    }

    /** One of the company's packages by its public id; another company's package is never found. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<PackageDetails> find(CompanyId companyId, String packageId) {
        return packages.findByCompanyIdAndPublicId(companyId.value(), packageId).map(CatalogService::toDetails);
    }

    /**
     * The type and invitation term of the company's active package with this public id, read from the database
     * (never from the cached list): what taking an order needs to know. One light query.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<OrderablePackage> orderablePackage(CompanyId companyId, String packageId) {
        return packages.findOrderable(companyId.value(), packageId);
    }

    /**
     * One of the company's packages, active or not (an order outlives its package's archiving), with its terms,
     * time limits and question banks including the answer keys: for taking and scoring an assessment.
     */
    public Optional<PackageContent> content(CompanyId companyId, String packageId) {
        return packages.findByCompanyIdAndPublicId(companyId.value(), packageId).map(p -> new PackageContent(
                p.getPublicId(), p.getName(), p.getType(), p.getTerms(), p.getAssessments().stream()
                .map(a -> new PackageContent.AssessmentContent(a.getPublicId(), a.getName(), a.getDescription(),
                        a.getTimeLimitSeconds(), a.getQuestions().stream().map(Question::toDetails).toList()))
                .toList()));
    }

    /** Every package of the company, active or archived, by name: one light query. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<PackageRef> packageRefs(CompanyId companyId) {
        return packages.findRefs(companyId.value());
    }

    public boolean hasPackages(CompanyId companyId) {
        return packages.existsByCompanyId(companyId.value());
    }

    private static PackageDetails toDetails(AssessmentPackage p) {
        return new PackageDetails(p.getPublicId(), p.getName(), p.getDescription(), p.getType(), p.isActive(),
                p.getAssessments().stream().map(a -> new PackageDetails.AssessmentDetails(a.getPublicId(),
                        a.getName(), a.getDescription(), a.getType())).toList(), p.getAvailability());
    }
}
