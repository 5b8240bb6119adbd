package io.skillgate.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import io.skillgate.audit.AuditEventDetails;
import io.skillgate.audit.AuditService;
import io.skillgate.sandbox.SandboxMailbox;
import io.skillgate.support.ApiKeyFixture;
import io.skillgate.support.MovableClock;
import io.skillgate.support.MovableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Last activity, candidate selection, deactivation by an admin and the automatic daily run, on a clock the test moves.
 * Same context as the Users API tests (MockMvc, movable clock) so the suite starts it once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MovableClockConfiguration.class)
class ReclamationServiceTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserService users;

    @Autowired
    private ReclamationService reclamation;

    @Autowired
    private AuditService audit;

    @Autowired
    private SubscriptionService subscriptions;

    @Autowired
    private SandboxMailbox mailbox;

    @Autowired
    private MovableClock clock;

    private ApiKeyFixture.Tenant tenant;

    @BeforeEach
    void company() {
        tenant = new ApiKeyFixture(context).tenant("Reclaim");
    }

    private UserSummary activeUser(String name, SystemRole role) {
        return users.create(new CreateUserCommand(tenant.company(), name + "-" + tenant.suffix() + "@reclaim.test",
                name, "Tester", role, null, true), "test");
    }

    private Instant lastActivity(UserSummary user) {
        return users.find(user.id()).orElseThrow().lastActivityAt();
    }

    @Test
    void activityIsWrittenAtMostEveryFiveMinutes() {
        UserSummary user = activeUser("busy", SystemRole.RECRUITER);
        assertThat(lastActivity(user)).isNull();
        users.recordActivity(user.id());
        Instant first = clock.instant();
        assertThat(lastActivity(user)).isEqualTo(first);
        clock.advance(Duration.ofMinutes(4));
        users.recordActivity(user.id());
        assertThat(lastActivity(user)).as("within 5 minutes: not written").isEqualTo(first);
        clock.advance(Duration.ofMinutes(2));
        users.recordActivity(user.id());
        assertThat(lastActivity(user)).isEqualTo(clock.instant());
    }

    @Test
    void candidatesAreActiveUsersUnseenForLongerThanTheRuleNeverTheAdminThemselves() {
        UserSummary idle = activeUser("idle", SystemRole.RECRUITER);
        UserSummary busy = activeUser("busy", SystemRole.RECRUITER);
        UserSummary signedIn = activeUser("signedin", SystemRole.RECRUITER);
        UserSummary otherAdmin = activeUser("otheradmin", SystemRole.ADMIN);
        UserSummary inactive = users.create(new CreateUserCommand(tenant.company(),
                "gone-" + tenant.suffix() + "@reclaim.test", "Gone", "Tester", SystemRole.RECRUITER, null, false),
                "test");
        assertThat(reclamation.settings(tenant.admin())).isEqualTo(ReclamationSettings.DEFAULT);

        clock.advance(Duration.ofDays(59));
        users.recordActivity(busy.id());
        users.recordSignIn(signedIn.id());
        assertThat(reclamation.candidates(tenant.admin())).as("nobody is 60 days unseen yet").isEmpty();
        clock.advance(Duration.ofDays(2));

        assertThat(reclamation.candidates(tenant.admin())).extracting(UserSummary::id)
                .containsExactly(idle.id(), otherAdmin.id())
                .doesNotContain(tenant.admin().userId(), busy.id(), signedIn.id(), inactive.id());

        reclamation.save(tenant.admin(), new ReclamationSettings(0, ReclamationMode.LIST_ONLY));
        assertThat(reclamation.candidates(tenant.admin())).as("0 days: off").isEmpty();
        reclamation.save(tenant.admin(), new ReclamationSettings(1, ReclamationMode.LIST_ONLY));
        assertThat(reclamation.candidates(tenant.admin())).extracting(UserSummary::id)
                .contains(idle.id(), busy.id(), signedIn.id(), otherAdmin.id());
    }

    @Test
    void anAdminDeactivatesOnlyCandidatesOfTheirOwnCompany() {
        UserSummary idle = activeUser("idle", SystemRole.RECRUITER);
        ApiKeyFixture.Tenant other = new ApiKeyFixture(context).tenant("Elsewhere");
        UserSummary foreign = users.create(new CreateUserCommand(other.company(),
                "foreign-" + other.suffix() + "@elsewhere.test", "For", "Eign", SystemRole.RECRUITER, null, true),
                "test");
        clock.advance(Duration.ofDays(61));
        UserSummary fresh = activeUser("fresh", SystemRole.RECRUITER);

        int done = reclamation.deactivate(tenant.admin(), List.of(idle.id(), fresh.id(), foreign.id(),
                tenant.admin().userId()));

        assertThat(done).isEqualTo(1);
        assertThat(users.find(idle.id()).orElseThrow().active()).isFalse();
        assertThat(users.find(fresh.id()).orElseThrow().active()).as("not a candidate").isTrue();
        assertThat(users.find(foreign.id()).orElseThrow().active()).as("another company's").isTrue();
        assertThat(users.find(tenant.admin().userId()).orElseThrow().active()).as("never the acting admin").isTrue();
    }

    @Test
    void onlyAnAdminManagesReclamation() {
        UserSummary recruiter = activeUser("rec", SystemRole.RECRUITER);
        PortalUserPrincipal principal = users.loadPrincipal(recruiter.email()).orElseThrow();
        assertThatThrownBy(() -> reclamation.candidates(principal)).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> reclamation.save(principal, ReclamationSettings.DEFAULT))
                .isInstanceOf(UserException.class);
        assertThatThrownBy(() -> reclamation.deactivate(principal, List.of(recruiter.id())))
                .isInstanceOf(UserException.class);
        assertThatThrownBy(() -> subscriptions.exportCsv(principal, new java.io.StringWriter()))
                .as("the users page's export is for admins only").isInstanceOf(UserException.class);
        assertThatThrownBy(() -> reclamation.save(tenant.admin(), new ReclamationSettings(-1,
                ReclamationMode.AUTOMATIC))).isInstanceOf(UserException.class);
    }

    @Test
    void theDailyRunDeactivatesCandidatesOfAutomaticCompaniesExceptAdminsAndMailsTheAdmins() {
        UserSummary idle = activeUser("idle", SystemRole.RECRUITER);
        UserSummary idleAdmin = activeUser("idleadmin", SystemRole.ADMIN);
        ApiKeyFixture.Tenant listOnly = new ApiKeyFixture(context).tenant("Listonly");
        UserSummary listed = users.create(new CreateUserCommand(listOnly.company(),
                "listed-" + listOnly.suffix() + "@listonly.test", "Lis", "Ted", SystemRole.RECRUITER, null, true),
                "test");
        reclamation.save(tenant.admin(), new ReclamationSettings(30, ReclamationMode.AUTOMATIC));
        reclamation.save(listOnly.admin(), new ReclamationSettings(30, ReclamationMode.LIST_ONLY));
        clock.advance(Duration.ofDays(31));
        users.recordActivity(tenant.admin().userId());

        List<ReclamationService.Outcome> outcomes = reclamation.runAutomatic();

        ReclamationService.Outcome ours = outcomes.stream().filter(o -> o.companyId().equals(tenant.company()))
                .findFirst().orElseThrow();
        assertThat(ours.deactivated()).extracting(UserSummary::id).containsExactly(idle.id());
        assertThat(ours.remaining()).extracting(UserSummary::id).containsExactly(idleAdmin.id());
        assertThat(outcomes).noneMatch(o -> o.companyId().equals(listOnly.company()));
        assertThat(users.find(idle.id()).orElseThrow().active()).isFalse();
        assertThat(users.find(idleAdmin.id()).orElseThrow().active()).as("admins never automatically").isTrue();
        assertThat(users.find(listed.id()).orElseThrow().active()).as("list-only company").isTrue();

        AuditEventDetails event = audit.recent(tenant.company(), 20).stream()
                .filter(e -> e.action().equals("user.deactivated")).findFirst().orElseThrow();
        assertThat(event.actor()).isEqualTo(ReclamationService.ACTOR);
        assertThat(event.detail()).contains(idle.email());

        for (String admin : List.of(tenant.admin().email(), idleAdmin.email())) {
            List<SandboxMailbox.Mail> mails = mailbox.mailsTo(admin);
            assertThat(mails).as("summary to " + admin).hasSize(1);
            assertThat(mails.get(0).subject()).contains("1 inactive user(s) deactivated");
            assertThat(mails.get(0).body()).contains(idle.email()).contains(idleAdmin.email()).contains("30 days");
        }
        assertThat(mailbox.mailsTo(listOnly.admin().email())).isEmpty();
        assertThat(mailbox.mailsTo(idle.email())).isEmpty();

        assertThat(reclamation.runAutomatic()).as("the next day: only the admin is left, nobody deactivated")
                .filteredOn(o -> o.companyId().equals(tenant.company()))
                .allSatisfy(o -> assertThat(o.deactivated()).isEmpty());
    }
}
