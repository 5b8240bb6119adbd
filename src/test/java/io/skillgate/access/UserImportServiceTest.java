package io.skillgate.access;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

import io.skillgate.access.UserImportResult.Outcome;
import io.skillgate.audit.AuditService;
import io.skillgate.support.ApiKeyFixture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk import on MariaDB: mixed lines, re-runs, dry runs, other companies' e-mails, duplicates, SSO identifiers. */
@SpringBootTest
class UserImportServiceTest {

    @Autowired
    private UserImportService imports;

    @Autowired
    private UserService users;

    @Autowired
    private AccessGroupService groups;

    @Autowired
    private AuditService audit;

    @Autowired
    private ApplicationContext context;

    private ApiKeyFixture fixture;
    private ApiKeyFixture.Tenant tenant;
    private String sales;
    private String s;

    @BeforeEach
    void aCompanyWithAGroup() {
        fixture = new ApiKeyFixture(context);
        tenant = fixture.tenant("Import Co");
        s = tenant.suffix();
        long group = fixture.group(tenant, "Sales");
        sales = groups.groups(tenant.company()).stream().filter(g -> g.id() == group).findFirst().orElseThrow().name();
    }

    private UserImportReport run(String csv, boolean dryRun) {
        List<int[]> progress = new ArrayList<>();
        UserImportReport report = imports.run(tenant.admin(), UserImportCsv.read(new StringReader(csv)), dryRun,
                (done, total) -> progress.add(new int[] {done, total}));
        assertThat(progress).isNotEmpty();
        return report;
    }

    private static Map<Integer, UserImportResult> byLine(UserImportReport report) {
        return report.results().stream().collect(Collectors.toMap(UserImportResult::line, Function.identity()));
    }

    private String csv() {
        return "email,firstName,lastName,role,accessGroups,ssoIdentifier,activate\n"
                + "ada-" + s + "@import.test,Ada,Lovelace,recruiter," + sales + ",Ada.L-" + s + ",true\n"
                + "not-an-email,Bad,Mail,RECRUITER,,,\n"
                + "bob-" + s + "@import.test,Bob,Builder,ADMIN,,,\n"
                + "cy-" + s + "@import.test,Cy,Unknown,RECRUITER,No such group,,\n"
                + "dee-" + s + "@import.test,Dee,Role,OPERATOR,,,maybe\n"
                + "eve-" + s + "@import.test," + "x".repeat(UserService.MAX_NAME_LENGTH + 1) + ",Long,RECRUITER,,,\n";
    }

    @Test
    void invalidLinesNeverStopValidOnesAndEachErrorIsNamedAtItsLine() {
        UserImportReport report = run(csv(), false);

        Map<Integer, UserImportResult> lines = byLine(report);
        assertThat(lines.get(2).outcome()).isEqualTo(Outcome.CREATED);
        assertThat(lines.get(3).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(lines.get(3).message()).contains("email");
        assertThat(lines.get(4).outcome()).isEqualTo(Outcome.CREATED);
        assertThat(lines.get(5).message()).contains("no access group is named \"No such group\"");
        assertThat(lines.get(6).messages()).anyMatch(m -> m.startsWith("role:")).anyMatch(m -> m.startsWith("activate:"));
        assertThat(lines.get(7).message()).contains("firstName");

        UserSummary ada = users.loadPrincipal("ada-" + s + "@import.test").flatMap(p -> users.find(p.userId()))
                .orElseThrow();
        assertThat(ada.active()).isTrue();
        assertThat(ada.ssoIdentifier()).isEqualTo("Ada.L-" + s);
        assertThat(ada.role()).isEqualTo(SystemRole.RECRUITER);
        assertThat(users.loadPrincipal("ada-" + s + "@import.test").orElseThrow().getPassword()).isEmpty();
        assertThat(groups.groups(tenant.company()).stream().filter(g -> g.name().equals(sales)).findFirst()
                .orElseThrow().memberIds()).containsExactly(ada.id());
        UserSummary bob = users.loadPrincipal("bob-" + s + "@import.test").flatMap(p -> users.find(p.userId()))
                .orElseThrow();
        assertThat(bob.active()).as("without activate a new user starts inactive, like the Users API's").isFalse();
        assertThat(users.emailExists("cy-" + s + "@import.test")).isFalse();

        assertThat(audit.recent(tenant.company(), 10)).extracting(e -> e.action() + " " + e.detail())
                .contains("user.import Imported 6 lines: 2 created, 0 updated, 0 unchanged, 4 errors")
                .anyMatch(e -> e.startsWith("user.created Created RECRUITER ada-" + s));
    }

    @Test
    void runningTheSameFileAgainChangesNothingAndADifferenceIsAnUpdate() {
        run(csv(), false);
        UserImportReport again = run(csv(), false);
        assertThat(again.count(Outcome.UNCHANGED)).isEqualTo(2);
        assertThat(again.count(Outcome.CREATED) + again.count(Outcome.UPDATED)).isZero();

        UserImportReport changed = run("email,firstName,lastName,role,activate\n"
                + "bob-" + s + "@import.test,Bob,Builder,RECRUITER,true\n", false);
        assertThat(changed.results().get(0).outcome()).isEqualTo(Outcome.UPDATED);
        assertThat(changed.results().get(0).messages()).containsExactly("role ADMIN → RECRUITER", "activated");
        UserSummary bob = users.loadPrincipal("bob-" + s + "@import.test").flatMap(p -> users.find(p.userId()))
                .orElseThrow();
        assertThat(bob.role()).isEqualTo(SystemRole.RECRUITER);
        assertThat(bob.active()).isTrue();
    }

    @Test
    void aDryRunReportsTheSameOutcomesAndWritesNothing() {
        int auditBefore = audit.recent(tenant.company(), 500).size();
        UserImportReport dry = run(csv(), true);

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.count(Outcome.CREATED)).isEqualTo(2);
        assertThat(dry.count(Outcome.ERROR)).isEqualTo(4);
        assertThat(users.emailExists("ada-" + s + "@import.test")).isFalse();
        assertThat(users.emailExists("bob-" + s + "@import.test")).isFalse();
        assertThat(audit.recent(tenant.company(), 500)).hasSize(auditBefore);
    }

    @Test
    void anotherCompanysEmailIsInUseAndStaysUntouched() {
        ApiKeyFixture.Tenant other = fixture.tenant("Other Co");
        UserSummary theirs = fixture.user(other, "Olga", "Other");
        long theirGroup = fixture.group(other, "Theirs");
        String theirGroupName = groups.groups(other.company()).stream().filter(g -> g.id() == theirGroup)
                .findFirst().orElseThrow().name();

        UserImportReport report = run("email,firstName,lastName,role,activate,accessGroups\n"
                + theirs.email().toUpperCase() + ",Mine,Now,ADMIN,true,\n"
                + "mine-" + s + "@import.test,Mine,Too,RECRUITER,true," + theirGroupName + "\n", false);

        assertThat(report.results().get(0).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(report.results().get(0).messages()).containsExactly("The e-mail address is in use");
        assertThat(report.results().get(1).messages()).as("another company's groups are not ours to name")
                .containsExactly("accessGroups: no access group is named \"" + theirGroupName + "\"");
        UserSummary after = users.find(theirs.id()).orElseThrow();
        assertThat(after.companyId()).isEqualTo(other.company());
        assertThat(after.firstName()).isEqualTo("Olga");
        assertThat(after.active()).isFalse();
        assertThat(after.role()).isEqualTo(SystemRole.RECRUITER);
    }

    @Test
    void duplicateEmailsAndSsoIdentifiersInTheFileAreErrorsOnEveryLineTheyAreOn() {
        UserImportReport report = run("email,firstName,lastName,role,ssoIdentifier\n"
                + "twin-" + s + "@import.test,One,Twin,RECRUITER,\n"
                + "TWIN-" + s + "@import.test,Two,Twin,RECRUITER,\n"
                + "p-" + s + "@import.test,P,Same,RECRUITER,same-" + s + "\n"
                + "q-" + s + "@import.test,Q,Same,RECRUITER,same-" + s + "\n"
                + "r-" + s + "@import.test,R,Case,RECRUITER,SAME-" + s + "\n", false);

        Map<Integer, UserImportResult> lines = byLine(report);
        assertThat(lines.get(2).message()).contains("on more than one line (lines 2, 3)");
        assertThat(lines.get(3).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(lines.get(4).message()).contains("SSO identifier is on more than one line (lines 4, 5)");
        assertThat(lines.get(5).outcome()).isEqualTo(Outcome.ERROR);
        assertThat(lines.get(6).outcome()).as("identifiers are case-sensitive").isEqualTo(Outcome.CREATED);
        assertThat(users.emailExists("twin-" + s + "@import.test")).isFalse();
    }

    @Test
    void anSsoIdentifierAnotherUserSignsInWithIsRefusedAsUserServiceWouldRefuseIt() {
        UserSummary holder = fixture.user(tenant, "Hal", "Holder");
        users.setSsoIdentifier(tenant.admin(), holder.id(), "taken-" + s);
        UserSummary byEmail = fixture.user(tenant, "Emma", "Mail");

        UserImportReport report = run("email,firstName,lastName,role,ssoIdentifier\n"
                + "new1-" + s + "@import.test,N,One,RECRUITER,taken-" + s + "\n"
                + "new2-" + s + "@import.test,N,Two,RECRUITER," + byEmail.email() + "\n", false);

        Map<Integer, UserImportResult> lines = byLine(report);
        assertThat(lines.get(2).messages()).containsExactly(
                "Another user of the company already signs in with this SSO identifier");
        assertThat(lines.get(3).messages()).as("a user without identifier signs in with the e-mail").containsExactly(
                "Another user of the company already signs in with this SSO identifier");
        assertThat(users.emailExists("new1-" + s + "@import.test")).isFalse();

        UserImportReport holderLine = run("email,firstName,lastName,role,ssoIdentifier\n"
                + holder.email() + ",Hal,Holder,RECRUITER,taken-" + s + "\n", false);
        assertThat(holderLine.results().get(0).outcome()).as("the holder keeps their own identifier")
                .isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void onlyAdminsImportAndAFileOverTheLimitIsRefusedWhole() {
        PortalUserPrincipal recruiter = users.loadPrincipal(fixture.user(tenant, "Rex", "Recruiter").email())
                .orElseThrow();
        assertThatThrownBy(() -> imports.run(recruiter, List.of(), true, (done, total) -> { }))
                .isInstanceOf(AccessDeniedException.class);

        StringBuilder big = new StringBuilder("email,firstName,lastName,role\n");
        for (int i = 0; i <= UserImportService.MAX_LINES; i++) {
            big.append("u").append(i).append("@big.test,U,U,RECRUITER\n");
        }
        assertThatThrownBy(() -> UserImportCsv.read(new StringReader(big.toString())))
                .isInstanceOfSatisfying(UserException.class, e -> assertThat(e.getMessage()).isEqualTo(UserImportService.TOO_MANY_LINES));
        assertThatThrownBy(() -> UserImportCsv.read(new StringReader("mail,name\nx,y\n")))
                .isInstanceOf(UserException.class);
    }

    @Test
    void manyLinesAreWrittenChunkByChunkWithProgressAfterEach() {
        int n = 2 * UserImportService.CHUNK + 1;
        List<UserImportLine> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(new UserImportLine(i + 1, "bulk" + i + "-" + s + "@import.test", "B" + i, "Ulk", "RECRUITER",
                    List.of(sales), null, "true"));
        }
        List<String> progress = new ArrayList<>();
        UserImportReport report = imports.run(tenant.company(), lines, false, "test",
                (done, total) -> progress.add(done + "/" + total));

        assertThat(report.count(Outcome.CREATED)).isEqualTo(n);
        assertThat(progress).containsExactly("0/" + n, "500/" + n, "1000/" + n, n + "/" + n);
        assertThat(users.page(tenant.company(), "bulk", null, 0, 100).users()).allMatch(UserSummary::active);
        assertThat(groups.groups(tenant.company()).stream().filter(g -> g.name().equals(sales)).findFirst()
                .orElseThrow().memberIds()).hasSize(n);
    }

    @Test
    void theResultCsvHasOneRowPerLineAndIsFormulaSafe() throws Exception {
        UserImportReport report = run("email,firstName,lastName,role\n=cmd@import.test,A,B,RECRUITER\n", true);
        StringWriter out = new StringWriter();
        UserImportCsv.write(report, out);
        assertThat(out.toString()).startsWith("line,email,outcome,message\r\n2,'=cmd@import.test,");
    }
}
