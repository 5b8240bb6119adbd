package io.skillgate.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.CreatePackageCommand.NewAssessment;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.catalog.PackageAvailability;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.catalog.PackageTerms;
import io.skillgate.catalog.ScoreBand;
import io.skillgate.company.CompanyService;
import io.skillgate.sandbox.SandboxMailbox;
import io.skillgate.support.MovableClock;
import io.skillgate.support.MovableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A regular order's invitation life against a real SMTP server (the sandbox's GreenMail) with a clock the test
 * moves: invitation mail with a working link, reminder (fresh link, old one dead), expiry, re-send after expiry,
 * the candidate's language, closing a started order at expiry with its score.
 */
@SpringBootTest
@Import(MovableClockConfiguration.class)
class InvitationServiceTest {

    private static final Pattern LINK = Pattern.compile("/assessment/([A-Za-z0-9_-]{20,})");

    @Autowired
    private MovableClock clock;

    @Autowired
    private Clock appClock;

    @Autowired
    private OrderService orders;

    @Autowired
    private InvitationService invitations;

    @Autowired
    private AttemptService attempts;

    @Autowired
    private CompanyService companies;

    @Autowired
    private CatalogService catalog;

    @Autowired
    private SandboxMailbox mailbox;

    @Test
    void theInvitationCarriesAWorkingLinkAndTheOrderIsInvited() {
        Placed placed = place("en");
        assertThat(orders.details(placed.company(), placed.orderId()).status()).isEqualTo(OrderStatus.RECEIVED);

        invitations.inviteDue();

        SandboxMailbox.Mail mail = onlyMailTo(placed.email());
        assertThat(mail.subject()).isEqualTo("Your assessment: Order test package");
        assertThat(mail.body()).contains("Hello Ada", "Order test package");
        CandidateSession session = attempts.open(token(mail));
        assertThat(session.status()).isEqualTo(OrderStatus.INVITED);
        assertThat(session.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(3)));
        assertThat(appClock).as("the app runs on the test's clock").isSameAs(clock);

        invitations.inviteDue();
        assertThat(mailbox.mailsTo(placed.email())).as("invited once").hasSize(1);
    }

    @Test
    void theCandidatesLanguageWritesTheMail() {
        Placed placed = place("de-DE");
        invitations.inviteDue();
        assertThat(onlyMailTo(placed.email()).subject()).isEqualTo("Ihr Assessment: Order test package");
    }

    @Test
    void aReminderGoesOutBeforeExpiryWithAFreshLinkAndTheOldOneStopsWorking() {
        Placed placed = place("en");
        invitations.inviteDue();
        String first = token(onlyMailTo(placed.email()));

        // other tests' orders share the database and this clock: count this candidate's mail, not the job's work
        clock.advance(Duration.ofHours(3 * 24 - 49));
        invitations.remindDue();
        assertThat(mailbox.mailsTo(placed.email())).as("not due yet").hasSize(1);
        clock.advance(Duration.ofHours(2));
        invitations.remindDue();

        List<SandboxMailbox.Mail> mails = mailbox.mailsTo(placed.email());
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).subject()).startsWith("Reminder:");
        String second = token(mails.get(0));
        assertThat(attempts.open(second).status()).isEqualTo(OrderStatus.INVITED);
        assertThatThrownBy(() -> attempts.open(first)).isInstanceOf(CandidateLinkRefused.class)
                .extracting(e -> ((CandidateLinkRefused) e).reason()).isEqualTo(CandidateLinkRefused.Reason.UNKNOWN);
        clock.advance(Duration.ofHours(1));
        invitations.remindDue();
        assertThat(mailbox.mailsTo(placed.email())).as("at most one reminder for this package").hasSize(2);
    }

    @Test
    void anInvitationExpiresAndARecruitersResendRenewsItAfterwards() {
        Placed placed = place("en");
        invitations.inviteDue();
        String link = token(onlyMailTo(placed.email()));

        clock.advance(Duration.ofDays(3));
        assertThatThrownBy(() -> attempts.open(link)).as("a lapsed link is refused before the sweep runs")
                .isInstanceOf(CandidateLinkRefused.class);
        invitations.expireDue();
        assertThat(orders.details(placed.company(), placed.orderId()).status()).isEqualTo(OrderStatus.EXPIRED);

        invitations.resend(placed.company(), placed.orderId(), "recruiter@acme.test");
        String renewed = token(mailbox.mailsTo(placed.email()).get(0));
        CandidateSession session = attempts.open(renewed);
        assertThat(session.status()).isEqualTo(OrderStatus.INVITED);
        assertThat(session.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(3)));
        assertThat(orders.details(placed.company(), placed.orderId()).timeline()).extracting(OrderDetails.Step::status)
                .containsExactly(OrderStatus.RECEIVED, OrderStatus.INVITED, OrderStatus.EXPIRED, OrderStatus.INVITED);
    }

    @Test
    void anotherCompanysOrderCannotBeResentOrRejected() {
        Placed placed = place("en");
        CompanyId other = companies.create("Other " + UUID.randomUUID(), "test").id();
        assertThatThrownBy(() -> invitations.resend(other, placed.orderId(), "x")).isInstanceOf(OrderRefused.class);
        assertThatThrownBy(() -> invitations.reject(other, placed.orderId(), "x", "no"))
                .isInstanceOf(OrderRefused.class);
        assertThat(orders.details(placed.company(), placed.orderId()).status()).isEqualTo(OrderStatus.RECEIVED);
    }

    @Test
    void aStartedOrderIsClosedAndScoredAtExpiry() {
        Placed placed = place("en");
        invitations.inviteDue();
        String link = token(onlyMailTo(placed.email()));
        CandidateSession session = attempts.open(link);
        String assessmentId = session.sections().get(0).assessmentId();
        session = attempts.start(link, assessmentId);
        String first = session.sections().get(0).questions().get(0).id();
        attempts.answer(link, first, "1");

        clock.advance(Duration.ofDays(3));
        invitations.expireDue();

        OrderDetails details = orders.details(placed.company(), placed.orderId());
        assertThat(details.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(details.score()).isEqualTo(new Score(1, 0, 3));
        assertThat(details.scoreLabel()).isEqualTo("Low");
        assertThat(orders.report(placed.company(), placed.orderId())).isPresent();
    }

    @Test
    void aRejectedOrdersLinkStopsWorking() {
        Placed placed = place("en");
        invitations.inviteDue();
        String link = token(onlyMailTo(placed.email()));
        invitations.reject(placed.company(), placed.orderId(), "recruiter@acme.test", "position filled");
        assertThatThrownBy(() -> attempts.open(link)).isInstanceOf(CandidateLinkRefused.class)
                .extracting(e -> ((CandidateLinkRefused) e).reason())
                .isEqualTo(CandidateLinkRefused.Reason.WITHDRAWN);
        assertThatThrownBy(() -> invitations.resend(placed.company(), placed.orderId(), "x"))
                .isInstanceOf(OrderRefused.class);
    }

    private record Placed(CompanyId company, String orderId, String email) {
    }

    private Placed place(String language) {
        CompanyId company = companies.create("Invitations " + UUID.randomUUID(), "test").id();
        PackageDetails pkg = catalog.create(company, new CreatePackageCommand("Order test package", "",
                AssessmentType.SKILL_TEST, List.of(new NewAssessment("Basics", "", AssessmentType.SKILL_TEST, null,
                List.of(NewQuestion.singleChoice("2 + 2?", List.of("3", "4"), 1),
                        NewQuestion.shortText("Capital of France?", List.of("Paris")),
                        NewQuestion.numeric("Pi to two places?", new BigDecimal("3.14"), new BigDecimal("0.005"))))),
                PackageAvailability.EVERYWHERE, new PackageTerms(3, 48, 1,
                List.of(new ScoreBand(67, "High"), new ScoreBand(0, "Low")))), "test");
        String email = "ada+" + UUID.randomUUID() + "@example.com";
        String srOrderId = UUID.randomUUID().toString();
        PlacedOrder placed = orders.place(new PlaceOrderCommand(company, OrderKind.REGULAR, srOrderId,
                "https://api.smartrecruiters.com/assessment-api/v202010/orders/" + srOrderId + "/results", pkg.id(),
                "cand-1", email, "Ada", "Lovelace", language, "u-1", "recruiter@acme.test", "job-1", null, Map.of()));
        return new Placed(company, placed.orderId(), email);
    }

    private SandboxMailbox.Mail onlyMailTo(String email) {
        List<SandboxMailbox.Mail> mails = mailbox.mailsTo(email);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private static String token(SandboxMailbox.Mail mail) {
        Matcher link = LINK.matcher(mail.body());
        assertThat(link.find()).as("a link in " + mail.body()).isTrue();
        return link.group(1);
    }
}
