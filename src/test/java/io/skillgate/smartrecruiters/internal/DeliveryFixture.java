package io.skillgate.smartrecruiters.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.skillgate.base.CompanyId;
import io.skillgate.base.Secrets;
import io.skillgate.base.SignedInUser;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.connection.ConsentService;
import io.skillgate.order.AttemptService;
import io.skillgate.order.CandidateSession;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderService;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.OrderStatusChanged;
import io.skillgate.order.PlaceOrderCommand;
import io.skillgate.smartrecruiters.PartnerConfigurationService;

/**
 * A company connected through the consent flow (SR's credential for us stored, as in production), a package of two
 * assessments with two questions each, and orders driven through the real services. The one step the order module
 * does not have yet — a regular order's invitation — is stood in for: the order is set INVITED with a known token
 * and its {@link OrderStatusChanged} published in the same transaction, as the invitation service will.
 */
final class DeliveryFixture {

    record Admin(String email, String displayName, @Nullable CompanyId companyId, boolean companyAdmin)
            implements SignedInUser {
    }

    /** An order and, once invited, the candidate's token. */
    record Placed(CompanyId company, String orderId, String srOrderId, @Nullable String token) {
    }

    private final CompanyService companies;
    private final ConsentService consent;
    private final CatalogService catalog;
    private final OrderService orders;
    private final AttemptService attempts;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeliveryFixture(ApplicationContext context) {
        this.companies = context.getBean(CompanyService.class);
        this.consent = context.getBean(ConsentService.class);
        this.catalog = context.getBean(CatalogService.class);
        this.orders = context.getBean(OrderService.class);
        this.attempts = context.getBean(AttemptService.class);
        this.events = context;
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.clock = context.getBean(Clock.class);
        context.getBean(PartnerConfigurationService.class).configureNow();
    }

    /** A new company, connected to a new SR company by its admin (the sandbox issues SR's credential). */
    CompanyId connectedCompany() {
        CompanyId company = companies.create("Delivery Co " + System.nanoTime(), "test").id();
        Admin admin = new Admin("admin-" + company.value() + "@delivery.test", "Ada Admin", company, true);
        consent.grant(admin, consent.check("sr-delivery-" + UUID.randomUUID(),
                "https://www.smartrecruiters.com/marketplace/done"));
        return company;
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
                pack.id(), "cand-1", "ada@delivery.test", "Ada", "Lovelace", "en",
                kind == OrderKind.REGULAR ? "u-1" : null, kind == OrderKind.REGULAR ? "rec@delivery.test" : null,
                "job-1", kind == OrderKind.INLINE ? "https://jobs.smartrecruiters.com/done" : null, Map.of()));
        String url = placed.candidateUrl();
        return new Placed(company, placed.orderId(), srOrderId,
                url == null ? null : url.substring(url.indexOf("/assessment/") + "/assessment/".length()));
    }

    /** Stands in for the invitation service: a regular order becomes INVITED with a known candidate token. */
    Placed invite(Placed order) {
        String token = Secrets.random(32);
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            jdbc.update("UPDATE assessment_orders SET status = 'INVITED', candidate_token_hash = ?, expires_at = ? "
                            + "WHERE company_id = ? AND public_id = ?", Secrets.sha256(token),
                    LocalDateTime.ofInstant(now.plus(Duration.ofDays(7)), ZoneOffset.UTC), order.company().value(), order.orderId());
            events.publishEvent(new OrderStatusChanged(order.company(), order.orderId(), order.srOrderId(),
                    OrderKind.REGULAR, OrderStatus.INVITED, now, null, null));
        });
        return new Placed(order.company(), order.orderId(), order.srOrderId(), token);
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
        return jdbc.queryForObject("SELECT attention FROM assessment_orders WHERE company_id = ? AND public_id = ?",
                String.class, order.company().value(), order.orderId());
    }
}
