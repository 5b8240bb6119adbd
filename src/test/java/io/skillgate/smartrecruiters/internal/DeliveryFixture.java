package io.skillgate.smartrecruiters.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.order.AttemptService;
import io.skillgate.order.CandidateSession;
import io.skillgate.order.InvitationService;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderService;
import io.skillgate.order.PlaceOrderCommand;
import io.skillgate.sandbox.SandboxMailbox;
import io.skillgate.smartrecruiters.PartnerConfigurationService;
import io.skillgate.support.PartnerFixture;

/**
 * A company connected through the consent flow (SR's credential for us stored, as in production), a package of two
 * assessments with two questions each, and orders driven through the real services (a regular order's invitation
 * by the invitation job, its link read from the sandbox mailbox).
 */
final class DeliveryFixture {

    /** An order and, once invited, the candidate's token. */
    record Placed(CompanyId company, String orderId, String srOrderId, @Nullable String token) {
    }

    private static final Pattern LINK = Pattern.compile("/assessment/([A-Za-z0-9_-]{20,})");

    private final ApplicationContext context;
    private final InvitationService invitations;
    private final SandboxMailbox mailbox;
    private final CatalogService catalog;
    private final OrderService orders;
    private final AttemptService attempts;

    DeliveryFixture(ApplicationContext context) {
        this.context = context;
        this.invitations = context.getBean(InvitationService.class);
        this.mailbox = context.getBean(SandboxMailbox.class);
        this.catalog = context.getBean(CatalogService.class);
        this.orders = context.getBean(OrderService.class);
        this.attempts = context.getBean(AttemptService.class);
        context.getBean(PartnerConfigurationService.class).configureNow();
    }

    /** A new company, connected to a new SR company by its admin (the sandbox issues SR's credential). */
    CompanyId connectedCompany() {
        return new PartnerFixture(context).connectThroughSandbox(context, "Delivery Co");
    }

    /** Two assessments of two single-choice questions (the right option is the first). */
    PackageDetails addPackage(CompanyId company, AssessmentType type) {
        List<NewQuestion> questions = List.of(NewQuestion.singleChoice("2 + 2?", List.of("4", "5"), 0),
                NewQuestion.singleChoice("3 + 3?", List.of("6", "7"), 0));
        return catalog.create(company, new CreatePackageCommand("Skills " + type, "", type, List.of(
                new CreatePackageCommand.NewAssessment("Part 1", "", type, null, questions),
                new CreatePackageCommand.NewAssessment("Part 2", "", type, null, questions))), "test");
    }

    Placed place(CompanyId company, PackageDetails pack, OrderKind kind, String srOrderId) {
        var placed = orders.place(new PlaceOrderCommand(company, kind, srOrderId,
                "https://api.smartrecruiters.com/assessment-api/v202010/orders/" + srOrderId + "/results",
                pack.id(), "cand-1", email(srOrderId), "Ada", "Lovelace", "en",
                kind == OrderKind.REGULAR ? "u-1" : null, kind == OrderKind.REGULAR ? "rec@delivery.test" : null,
                "job-1", kind == OrderKind.INLINE ? "https://jobs.smartrecruiters.com/done" : null, Map.of()));
        String url = placed.candidateUrl();
        return new Placed(company, placed.orderId(), srOrderId,
                url == null ? null : url.substring(url.indexOf("/assessment/") + "/assessment/".length()));
    }

    /** The invitation job sends the regular order's invitation; the candidate's token comes from the mail. */
    Placed invite(Placed order) {
        invitations.inviteDue();
        List<SandboxMailbox.Mail> mails = mailbox.mailsTo(email(order.srOrderId()));
        if (mails.isEmpty()) {
            throw new IllegalStateException("No invitation reached the sandbox mailbox for order " + order.orderId());
        }
        Matcher link = LINK.matcher(mails.get(0).body());
        if (!link.find()) {
            throw new IllegalStateException("The invitation carries no candidate link");
        }
        return new Placed(order.company(), order.orderId(), order.srOrderId(), link.group(1));
    }

    /** The candidate starts the first assessment (the order goes IN_PROGRESS). */
    CandidateSession start(Placed order) {
        String token = Objects.requireNonNull(order.token());
        return attempts.start(token, Objects.requireNonNull(attempts.open(token).current()).assessmentId());
    }

    /** The candidate takes every assessment: the first question right, the second wrong (2 of 4 points). */
    CandidateSession complete(Placed order) {
        String token = Objects.requireNonNull(order.token());
        CandidateSession session = attempts.open(token);
        while (session.current() != null) {
            CandidateSession.Section section = Objects.requireNonNull(session.current());
            if (section.state() == CandidateSession.SectionState.NOT_STARTED) {
                session = attempts.start(token, section.assessmentId());
                section = Objects.requireNonNull(session.current());
            }
            attempts.answer(token, section.questions().get(0).id(), "0");
            attempts.answer(token, section.questions().get(1).id(), "1");
            session = attempts.submit(token, section.assessmentId());
        }
        return session;
    }

    @Nullable String attention(Placed order) {
        return orders.details(order.company(), order.orderId()).attention();
    }

    private static String email(String srOrderId) {
        return "ada+" + srOrderId + "@delivery.test";
    }
}
