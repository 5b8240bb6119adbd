package io.skillgate.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import io.skillgate.audit.AuditEventDetails;
import io.skillgate.audit.AuditService;
import io.skillgate.base.CompanyId;
import io.skillgate.base.SignedInUser;
import io.skillgate.base.Viewer;
import io.skillgate.catalog.PackageDraft.AssessmentDraft;
import io.skillgate.catalog.PackageDraft.QuestionDraft;
import io.skillgate.company.CompanyService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admins' package editing in {@link CatalogService}: rules, company and role checks, audit, cache. */
@SpringBootTest
class PackageEditingServiceTest {

    record User(String email, @Nullable CompanyId companyId, boolean companyAdmin) implements SignedInUser {
        @Override
        public String displayName() {
            return email;
        }
    }

    @Autowired
    private CatalogService catalog;

    @Autowired
    private CompanyService companies;

    @Autowired
    private AuditService audit;

    private CompanyId company;
    private User admin;

    @BeforeEach
    void setUp() {
        company = companies.create("Editing Co " + System.nanoTime(), "test").id();
        admin = new User("admin@editing.test", company, true);
    }

    private static QuestionDraft question(NewQuestion question) {
        return new QuestionDraft(null, question);
    }

    private static PackageDraft draft(String name, AssessmentType type, List<AssessmentDraft> assessments) {
        return new PackageDraft(name, "About " + name, type, PackageTerms.DEFAULT, assessments);
    }

    private static AssessmentDraft assessment(String name, @Nullable Integer seconds, QuestionDraft... questions) {
        return new AssessmentDraft(null, name, "", seconds, List.of(questions));
    }

    private static PackageDraft javaPackage() {
        return draft("Java", AssessmentType.SKILL_TEST, List.of(
                assessment("Basics", 600, question(NewQuestion.singleChoice("64 bit?", List.of("int", "long"), 1)),
                        question(NewQuestion.shortText("Creates objects?", List.of("new")))),
                assessment("Numbers", null, question(NewQuestion.numeric("Bits of a char?", new BigDecimal("16"),
                        BigDecimal.ZERO)))));
    }

    @Test
    void createsLoadsAndListsAPackageWithItsKeys() {
        EditablePackage created = catalog.create(company, javaPackage(), admin);

        EditablePackage loaded = catalog.forEditing(company, created.id(), admin).orElseThrow();
        assertThat(loaded).isEqualTo(created);
        assertThat(loaded.active()).isTrue();
        assertThat(loaded.draft().assessments().get(0).questions().get(0).question().correctOptions())
                .containsExactly(1);
        assertThat(catalog.allPackages(Viewer.wholeCompany(company))).containsExactly(
                new PackageSummary(created.id(), "Java", AssessmentType.SKILL_TEST, true, 2, 3));
        assertThat(lastAudit().action()).isEqualTo("package.created");
    }

    @Test
    void anUpdateKeepsTheIdsOfKeptAssessmentsAndQuestionsAndFollowsTheNewOrder() {
        EditablePackage created = catalog.create(company, javaPackage(), admin);
        AssessmentDraft basics = created.draft().assessments().get(0);
        AssessmentDraft numbers = created.draft().assessments().get(1);
        QuestionDraft kept = basics.questions().get(1);
        PackageDraft edited = new PackageDraft("Java 21", "New", AssessmentType.SKILL_TEST,
                new PackageTerms(3, 24, 2, List.of(new ScoreBand(0, "Done"))), List.of(
                numbers,
                new AssessmentDraft(basics.id(), "Basics v2", "d", 300, List.of(
                        new QuestionDraft(kept.id(), NewQuestion.shortText("Creates objects?", List.of("new", "NEW"))),
                        question(NewQuestion.multipleChoice("Collections?", List.of("List", "Map", "int"),
                                List.of(0, 1))))),
                assessment("Extra", null, question(NewQuestion.shortText("Say hi", List.of("hi"))))));

        EditablePackage updated = catalog.update(company, created.id(), edited, admin);

        assertThat(updated.draft().name()).isEqualTo("Java 21");
        assertThat(updated.draft().terms().invitationDays()).isEqualTo(3);
        assertThat(updated.draft().assessments()).extracting(AssessmentDraft::name)
                .containsExactly("Numbers", "Basics v2", "Extra");
        assertThat(updated.draft().assessments().get(0).id()).isEqualTo(numbers.id());
        AssessmentDraft basicsAfter = updated.draft().assessments().get(1);
        assertThat(basicsAfter.id()).isEqualTo(basics.id());
        assertThat(basicsAfter.timeLimitSeconds()).isEqualTo(300);
        assertThat(basicsAfter.questions().get(0).id()).isEqualTo(kept.id());
        assertThat(basicsAfter.questions().get(0).question().acceptedAnswers()).containsExactly("new", "NEW");
        assertThat(basicsAfter.questions()).hasSize(2);
        assertThat(catalog.forEditing(company, created.id(), admin)).contains(updated);
        assertThat(catalog.content(company, created.id()).orElseThrow().assessments().get(1).questions())
                .extracting(QuestionDetails::prompt).containsExactly("Creates objects?", "Collections?");
        assertThat(lastAudit().action()).isEqualTo("package.updated");
    }

    @Test
    void archivingHidesThePackageFromSrAtOnceAndRestoringBringsItBack() {
        EditablePackage created = catalog.create(company, javaPackage(), admin);
        assertThat(catalog.activePackages(company)).hasSize(1); // now cached

        catalog.archive(company, created.id(), admin);
        assertThat(catalog.activePackages(company)).isEmpty();
        assertThat(catalog.orderablePackage(company, created.id())).isEmpty();
        assertThat(catalog.allPackages(Viewer.wholeCompany(company))).extracting(PackageSummary::active)
                .containsExactly(false);
        assertThat(lastAudit().action()).isEqualTo("package.archived");

        catalog.restore(company, created.id(), admin);
        assertThat(catalog.activePackages(company)).extracting(PackageDetails::id).containsExactly(created.id());
        assertThat(lastAudit().action()).isEqualTo("package.restored");
    }

    @Test
    void anUpdateOfAnActivePackageIsListedAtOnceThoughTheListIsCached() {
        EditablePackage created = catalog.create(company, javaPackage(), admin);
        assertThat(catalog.activePackages(company)).extracting(PackageDetails::name).containsExactly("Java");
        PackageDraft renamed = new PackageDraft("Kotlin", "", AssessmentType.SKILL_TEST, PackageTerms.DEFAULT,
                created.draft().assessments());
        catalog.update(company, created.id(), renamed, admin);
        assertThat(catalog.activePackages(company)).extracting(PackageDetails::name).containsExactly("Kotlin");
    }

    @Test
    void theListShowsOnlyWhatTheViewerMaySee() {
        EditablePackage first = catalog.create(company, javaPackage(), admin);
        catalog.create(company, draft("Other", AssessmentType.SKILL_TEST, javaPackage().assessments()), admin);
        assertThat(catalog.allPackages(new Viewer(company, Set.of(first.id())))).extracting(PackageSummary::id)
                .containsExactly(first.id());
        CompanyId other = companies.create("Other Editing Co " + System.nanoTime(), "test").id();
        assertThat(catalog.allPackages(Viewer.wholeCompany(other))).isEmpty();
    }

    @Test
    void anotherCompanysPackageIsNeitherLoadedNorChanged() {
        EditablePackage mine = catalog.create(company, javaPackage(), admin);
        CompanyId other = companies.create("Intruder Co " + System.nanoTime(), "test").id();
        User intruder = new User("admin@intruder.test", other, true);

        assertThat(catalog.forEditing(other, mine.id(), intruder)).isEmpty();
        assertThatThrownBy(() -> catalog.update(other, mine.id(), draft("Mine now", AssessmentType.SKILL_TEST,
                javaPackage().assessments()), intruder)).isInstanceOf(PackageRefused.class)
                .extracting(e -> ((PackageRefused) e).code()).isEqualTo("notFound");
        assertThatThrownBy(() -> catalog.archive(other, mine.id(), intruder)).isInstanceOf(PackageRefused.class);
        assertThatThrownBy(() -> catalog.restore(other, mine.id(), intruder)).isInstanceOf(PackageRefused.class);
        assertThat(catalog.forEditing(company, mine.id(), admin)).contains(mine);
    }

    @Test
    void onlyAnAdminOfTheNamedCompanyMayEdit() {
        EditablePackage mine = catalog.create(company, javaPackage(), admin);
        User recruiter = new User("recruiter@editing.test", company, false);
        User otherAdmin = new User("admin@elsewhere.test",
                companies.create("Elsewhere Co " + System.nanoTime(), "test").id(), true);
        User operator = new User("operator@skillgate.test", null, false);

        for (User refused : List.of(recruiter, otherAdmin, operator)) {
            assertThatThrownBy(() -> catalog.forEditing(company, mine.id(), refused))
                    .as(refused.email()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> catalog.create(company, javaPackage(), refused))
                    .as(refused.email()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> catalog.update(company, mine.id(), javaPackage(), refused))
                    .as(refused.email()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> catalog.archive(company, mine.id(), refused))
                    .as(refused.email()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> catalog.restore(company, mine.id(), refused))
                    .as(refused.email()).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(catalog.forEditing(company, mine.id(), admin)).contains(mine);
        assertThat(catalog.allPackages(Viewer.wholeCompany(company))).hasSize(1);
    }

    private PackageRefused refusal(PackageDraft draft) {
        try {
            catalog.create(company, draft, admin);
        } catch (PackageRefused refused) {
            return refused;
        }
        throw new AssertionError("not refused: " + draft);
    }

    @Test
    void badKeysAreRefusedAtTheQuestion() {
        NewQuestion noRightOption = new NewQuestion(QuestionKind.SINGLE_CHOICE, "Pick", 1, List.of("a", "b"),
                List.of(), List.of(), null, null);
        PackageRefused refused = refusal(draft("Bad", AssessmentType.SKILL_TEST, List.of(
                assessment("Fine", null, question(NewQuestion.shortText("ok", List.of("ok")))),
                assessment("Broken", null, question(NewQuestion.shortText("ok", List.of("ok"))),
                        question(noRightOption)))));
        assertThat(refused.field()).isEqualTo("assessments[1].questions[1]");
        assertThat(refused.code()).isEqualTo("choice.keys");
        assertThat(refused.assessmentIndex()).isEqualTo(1);
        assertThat(refused.questionIndex()).isEqualTo(1);

        assertThat(refusal(draft("Bad", AssessmentType.SKILL_TEST, List.of(assessment("A", null, question(
                new NewQuestion(QuestionKind.NUMERIC, "How many?", 1, List.of(), List.of(), List.of(), null,
                        null)))))).code()).isEqualTo("numeric.value");
        assertThat(refusal(draft("Bad", AssessmentType.SKILL_TEST, List.of(assessment("A", null, question(
                NewQuestion.shortText("Say", List.of())))))).code()).isEqualTo("text.accepted");
        assertThat(refusal(draft("Bad", AssessmentType.SKILL_TEST, List.of(assessment("A", null, question(
                NewQuestion.multipleChoice("Pick", List.of("a", "b"), List.of(0, 0))))))).code())
                .isEqualTo("choice.keys");
        assertThat(refusal(draft(" ", AssessmentType.SKILL_TEST, javaPackage().assessments())).field())
                .isEqualTo("name");
        assertThat(catalog.allPackages(Viewer.wholeCompany(company))).isEmpty();
    }

    @Test
    void anActivePackageNeedsAQuestionInEveryAssessmentButAnArchivedOneMayBeADraft() {
        assertThat(refusal(draft("Empty", AssessmentType.SKILL_TEST, List.of())).code())
                .isEqualTo("active.noAssessment");
        PackageRefused emptyAssessment = refusal(draft("Half", AssessmentType.SKILL_TEST, List.of(
                javaPackage().assessments().get(0), assessment("Later", null))));
        assertThat(emptyAssessment.code()).isEqualTo("active.noQuestion");
        assertThat(emptyAssessment.field()).isEqualTo("assessments[1]");

        EditablePackage created = catalog.create(company, javaPackage(), admin);
        PackageDraft emptied = draft("Java", AssessmentType.SKILL_TEST, List.of());
        assertThatThrownBy(() -> catalog.update(company, created.id(), emptied, admin))
                .isInstanceOf(PackageRefused.class).hasMessageContaining("at least one assessment");

        catalog.archive(company, created.id(), admin);
        catalog.update(company, created.id(), emptied, admin);
        assertThatThrownBy(() -> catalog.restore(company, created.id(), admin)).isInstanceOf(PackageRefused.class)
                .extracting(e -> ((PackageRefused) e).code()).isEqualTo("active.noAssessment");
        assertThat(catalog.orderablePackage(company, created.id())).isEmpty();
    }

    @Test
    void anInlinePackageIsShortEnoughToTakeDuringTheApplication() {
        QuestionDraft q = question(NewQuestion.shortText("ok?", List.of("ok")));
        EditablePackage fits = catalog.create(company, draft("Quick", AssessmentType.INLINE_ASSESSMENT, List.of(
                assessment("One", 600, q, q, q, q, q), assessment("Two", 300, q, q, q, q, q))), admin);
        assertThat(fits.draft().questionCount()).isEqualTo(10);

        PackageRefused untimed = refusal(draft("Untimed", AssessmentType.INLINE_ASSESSMENT, List.of(
                assessment("One", 60, q), assessment("Two", null, q))));
        assertThat(untimed.code()).isEqualTo("inline.untimed");
        assertThat(untimed.field()).isEqualTo("assessments[1].timeLimitSeconds");
        assertThat(refusal(draft("Long", AssessmentType.INLINE_ASSESSMENT, List.of(
                assessment("One", 600, q), assessment("Two", 301, q)))).code()).isEqualTo("inline.tooLong");
        assertThat(refusal(draft("Many", AssessmentType.INLINE_ASSESSMENT, List.of(
                assessment("One", 600, q, q, q, q, q, q), assessment("Two", 60, q, q, q, q, q)))).code())
                .isEqualTo("inline.tooManyQuestions");
        // the same as a skill test is fine
        catalog.create(company, draft("Long skill test", AssessmentType.SKILL_TEST, List.of(
                assessment("One", 3600, q, q, q, q, q, q, q, q, q, q, q))), admin);
    }

    @Test
    void theFirstReminderMustComeBeforeTheLinkExpires() {
        PackageDraft late = new PackageDraft("Late", "", AssessmentType.SKILL_TEST,
                new PackageTerms(2, 48, 1, PackageTerms.DEFAULT.scoreBands()), javaPackage().assessments());
        PackageRefused refused = refusal(late);
        assertThat(refused.field()).isEqualTo("terms.reminderHours");
        assertThat(refused.code()).isEqualTo("terms.reminderTooEarly");
        catalog.create(company, new PackageDraft("No reminders", "", AssessmentType.SKILL_TEST,
                new PackageTerms(2, 48, 0, PackageTerms.DEFAULT.scoreBands()), javaPackage().assessments()), admin);
    }

    @Test
    void anIdOfAnotherPackageIsRefusedAndChangesNothing() {
        EditablePackage mine = catalog.create(company, javaPackage(), admin);
        EditablePackage other = catalog.create(company, draft("Other", AssessmentType.SKILL_TEST,
                javaPackage().assessments()), admin);
        PackageDraft stealing = draft("Java", AssessmentType.SKILL_TEST, List.of(
                other.draft().assessments().get(0)));
        assertThatThrownBy(() -> catalog.update(company, mine.id(), stealing, admin))
                .isInstanceOf(PackageRefused.class).extracting(e -> ((PackageRefused) e).code())
                .isEqualTo("unknownId");
        assertThat(catalog.forEditing(company, mine.id(), admin)).contains(mine);
        assertThat(catalog.forEditing(company, other.id(), admin)).contains(other);
    }

    private AuditEventDetails lastAudit() {
        return audit.recent(company, 1).get(0);
    }
}
