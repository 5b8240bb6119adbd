package io.skillgate.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.skillgate.audit.AuditEntry;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.base.SignedInUser;
import io.skillgate.base.Validation;
import io.skillgate.base.Viewer;
import io.skillgate.catalog.domain.Assessment;
import io.skillgate.catalog.domain.AssessmentPackage;
import io.skillgate.catalog.domain.AssessmentPackageRepository;
import io.skillgate.catalog.domain.Question;
import io.skillgate.catalog.internal.ActivePackageCache;

/**
 * A company's assessment packages. Every read and write names the company. The portal's editing methods also take
 * the signed-in user and refuse anyone but an administrator of that very company; they check a package against
 * {@link PackageRules}.
 * <p>
 * <b>Editing a package in use</b>: orders do not copy their package; they read it when the candidate takes it. So
 * an edit applies to every invitation whose candidate has not started yet. Assessments and questions an edit keeps
 * keep their ids, so a candidate in the middle of a package keeps their saved answers and sees the edited texts
 * on their next step; scores already given stay. Removing an assessment a candidate is taking right now breaks
 * their session: the editor says to archive the package and create a new one to change a package in use.
 */
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

    /** All the company's packages the viewer may see, archived ones too, by name: the admins' list. */
    public List<PackageSummary> allPackages(Viewer viewer) {
        return packages.summaries(viewer.companyId().value()).stream()
                .filter(p -> viewer.sees(viewer.companyId(), p.id())).toList();
    }

    /** One of the company's packages for its editor, answer keys included; for the company's admins only. */
    public Optional<EditablePackage> forEditing(CompanyId companyId, String packageId, SignedInUser admin) {
        requireAdmin(companyId, admin);
        return packages.findByCompanyIdAndPublicId(companyId.value(), packageId).map(CatalogService::toEditable);
    }

    /** Creates an active package from the editor; refused ({@link PackageRefused}) unless it is orderable. */
    @Transactional
    public EditablePackage create(CompanyId companyId, PackageDraft draft, SignedInUser admin) {
        requireAdmin(companyId, admin);
        PackageRules.check(validator, draft, true);
        AssessmentPackage created = new AssessmentPackage(companyId.value(), UUID.randomUUID().toString(),
                draft.name().strip(), draft.description().strip(), draft.type(), clock.instant());
        apply(created, draft);
        EditablePackage saved = toEditable(packages.save(created));
        changed(companyId, admin, "package.created", "Created package " + saved.draft().name());
        return saved;
    }

    /**
     * Replaces the package's name, type, description, terms, assessments and question banks with the draft's;
     * kept assessments and questions keep their ids. An active package must stay orderable.
     */
    @Transactional
    public EditablePackage update(CompanyId companyId, String packageId, PackageDraft draft, SignedInUser admin) {
        requireAdmin(companyId, admin);
        AssessmentPackage existing = load(companyId, packageId);
        PackageRules.check(validator, draft, existing.isActive());
        existing.describe(draft.name().strip(), draft.description().strip(), draft.type());
        apply(existing, draft);
        EditablePackage saved = toEditable(packages.save(existing));
        changed(companyId, admin, "package.updated", "Updated package " + saved.draft().name());
        return saved;
    }

    /** Archives the package: SR no longer lists or orders it; placed orders go on. */
    @Transactional
    public void archive(CompanyId companyId, String packageId, SignedInUser admin) {
        requireAdmin(companyId, admin);
        AssessmentPackage existing = load(companyId, packageId);
        existing.setActive(false);
        changed(companyId, admin, "package.archived", "Archived package " + existing.getName());
    }

    /** Makes an archived package active again; refused ({@link PackageRefused}) unless it is orderable. */
    @Transactional
    public void restore(CompanyId companyId, String packageId, SignedInUser admin) {
        requireAdmin(companyId, admin);
        AssessmentPackage existing = load(companyId, packageId);
        PackageRules.check(validator, toEditable(existing).draft(), true);
        existing.setActive(true);
        changed(companyId, admin, "package.restored", "Restored package " + existing.getName());
    }

    private static void requireAdmin(CompanyId companyId, SignedInUser user) {
        if (!user.companyAdmin() || !companyId.equals(user.companyId())) {
            throw new AccessDeniedException("Only an administrator of this company manages its packages");
        }
    }

    private AssessmentPackage load(CompanyId companyId, String packageId) {
        return packages.findByCompanyIdAndPublicId(companyId.value(), packageId).orElseThrow(() ->
                new PackageRefused("package", "notFound", "no such package in this company"));
    }

    private void changed(CompanyId companyId, SignedInUser admin, String action, String text) {
        activeLists.evictAfterCommit(companyId.value());
        audit.record(AuditEntry.of(companyId, admin.email(), action, text));
    }

    /** Makes the package's terms, assessments and questions the draft's, matching the kept ones by id. */
    private static void apply(AssessmentPackage target, PackageDraft draft) {
        target.setTerms(draft.terms());
        Map<String, Assessment> left = target.getAssessments().stream()
                .collect(Collectors.toMap(Assessment::getPublicId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        List<Assessment> ordered = new ArrayList<>();
        for (int i = 0; i < draft.assessments().size(); i++) {
            PackageDraft.AssessmentDraft wanted = draft.assessments().get(i);
            Assessment assessment = wanted.id() == null ? target.addAssessment(UUID.randomUUID().toString(),
                    wanted.name().strip(), wanted.description().strip(), draft.type()) : left.remove(wanted.id());
            if (assessment == null) {
                throw new PackageRefused("assessments[%d]".formatted(i), "unknownId",
                        "not an assessment of this package");
            }
            assessment.describe(wanted.name().strip(), wanted.description().strip(), draft.type());
            assessment.setTimeLimitSeconds(wanted.timeLimitSeconds());
            applyQuestions(assessment, wanted.questions(), i);
            ordered.add(assessment);
        }
        left.values().forEach(target::removeAssessment);
        target.reorderAssessments(ordered);
    }

    private static void applyQuestions(Assessment target, List<PackageDraft.QuestionDraft> drafts, int index) {
        Map<String, Question> left = target.getQuestions().stream()
                .collect(Collectors.toMap(Question::getPublicId, Function.identity(), (a, b) -> a,
                        LinkedHashMap::new));
        List<Question> ordered = new ArrayList<>();
        for (int j = 0; j < drafts.size(); j++) {
            PackageDraft.QuestionDraft wanted = drafts.get(j);
            Question question = wanted.id() == null
                    ? target.addQuestion(UUID.randomUUID().toString(), wanted.question()) : left.remove(wanted.id());
            if (question == null) {
                throw new PackageRefused("assessments[%d].questions[%d]".formatted(index, j), "unknownId",
                        "not a question of this assessment");
            }
            question.change(wanted.question());
            ordered.add(question);
        }
        left.values().forEach(target::removeQuestion);
        target.reorderQuestions(ordered);
    }

    private static EditablePackage toEditable(AssessmentPackage p) {
        return new EditablePackage(p.getPublicId(), p.isActive(), new PackageDraft(p.getName(), p.getDescription(),
                p.getType(), p.getTerms(), p.getAssessments().stream().map(a -> new PackageDraft.AssessmentDraft(
                        a.getPublicId(), a.getName(), a.getDescription(), a.getTimeLimitSeconds(),
                        a.getQuestions().stream().map(q -> {
                            QuestionDetails d = q.toDetails();
                            return new PackageDraft.QuestionDraft(d.id(), new NewQuestion(d.kind(), d.prompt(),
                                    d.points(), d.options(), d.correctOptions(), d.acceptedAnswers(),
                                    plain(d.numericAnswer()), plain(d.tolerance())));
                        }).toList())).toList()));
    }

    /** 16, not 16.0000000000 as the column's scale gives it back. */
    private static java.math.@Nullable BigDecimal plain(java.math.@Nullable BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
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
