package io.skillgate.order;

import java.io.IOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.CompanyId;
import io.skillgate.base.DatabaseConflicts;
import io.skillgate.base.Secrets;
import io.skillgate.base.Viewer;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.OrderablePackage;
import io.skillgate.catalog.PackageContent;
import io.skillgate.order.domain.AssessmentOrder;
import io.skillgate.order.domain.AssessmentOrderRepository;
import io.skillgate.order.domain.OrderSection;
import io.skillgate.order.internal.OrderBroadcaster;
import io.skillgate.order.internal.OrderCsv;
import io.skillgate.order.internal.OrderLifecycle;
import io.skillgate.order.internal.OrderSearch;
import io.skillgate.order.internal.Scoring;
import io.skillgate.order.internal.ResultReportRenderer;

/**
 * Takes SR's orders. An order is stored once per result callback URL and company: a retry finds the stored
 * order and creates nothing. The candidate's access token (256 bits) is stored only as a hash.
 */
@Service
public class OrderService {

    private final AssessmentOrderRepository orders;
    private final CatalogService catalog;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final OrderLifecycle lifecycle;
    private final OrderSearch search;

    OrderService(AssessmentOrderRepository orders, CatalogService catalog, ApplicationEventPublisher events,
                 ObjectMapper json, Clock clock, PlatformTransactionManager transactions,
                 OrderLifecycle lifecycle, OrderSearch search) {
        this.search = search;
        this.lifecycle = lifecycle;
        this.orders = orders;
        this.catalog = catalog;
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * Stores the order, or answers the one an earlier try stored; returns once the order is committed. Insert
     * first, in one transaction (package check, insert, commit): a retry runs into the unique key (company,
     * callback hash), that transaction rolls back having stored nothing, and a second one reads the order stored
     * before (for an inline order it also replaces the candidate's token). Two identical orders at the same moment
     * end the same way: the database makes the second insert wait for the first and then refuses it.
     */
    public PlacedOrder place(PlaceOrderCommand command) {
        String callbackHash = Secrets.sha256(command.resultCallbackUrl());
        try {
            return Objects.requireNonNull(DatabaseConflicts.retry("order-place",
                    () -> transactions.execute(status -> insert(command, callbackHash))));
        } catch (DataIntegrityViolationException duplicate) {
            return Objects.requireNonNull(transactions.execute(status -> placedEarlier(command, callbackHash)))
                    .orElseThrow(() -> duplicate);
        }
    }

    private PlacedOrder insert(PlaceOrderCommand command, String callbackHash) {
        OrderablePackage orderable = catalog.orderablePackage(command.companyId(), command.packageId())
                .orElseThrow(() -> new OrderRefused(OrderRefused.Reason.UNKNOWN_PACKAGE,
                        "No active assessment package with this id"));
        boolean inlinePackage = orderable.type() == AssessmentType.INLINE_ASSESSMENT;
        if (inlinePackage != (command.kind() == OrderKind.INLINE)) {
            throw new OrderRefused(OrderRefused.Reason.NOT_ORDERABLE, inlinePackage
                    ? "An INLINE_ASSESSMENT package can only be ordered inline"
                    : "Only an INLINE_ASSESSMENT package can be ordered inline");
        }
        String token = Secrets.random(32);
        Instant now = clock.instant();
        AssessmentOrder order = orders.saveAndFlush(new AssessmentOrder(command.companyId().value(),
                UUID.randomUUID().toString(), command.kind(), command.srOrderId(), command.resultCallbackUrl(),
                callbackHash, command.packageId(),
                new AssessmentOrder.Candidate(command.candidateSrId(), command.candidateEmail(),
                        command.candidateFirstName(), command.candidateLastName(), command.applicationLanguage()),
                new AssessmentOrder.Requester(command.requesterUserId(), command.requesterEmail()),
                command.jobId(), command.completedCallbackUrl(), fieldsJson(command), Secrets.sha256(token),
                now, command.kind() == OrderKind.INLINE ? now.plus(Duration.ofDays(orderable.invitationDays())) : null));
        events.publishEvent(new OrderPlaced(command.companyId(), order.getPublicId(), command.kind()));
        return new PlacedOrder(order.getPublicId(), true,
                command.kind() == OrderKind.INLINE ? lifecycle.candidateUrl(token) : null);
    }

    /** The order an earlier try stored, if any; an inline order that has not started gets a fresh candidate link. */
    private Optional<PlacedOrder> placedEarlier(PlaceOrderCommand command, String callbackHash) {
        return orders.findByCompanyIdAndCallbackHash(command.companyId().value(), callbackHash).map(order -> {
            String url = null;
            if (order.getKind() == OrderKind.INLINE && order.getStatus() == OrderStatus.INVITED) {
                String token = Secrets.random(32);
                order.replaceCandidateToken(Secrets.sha256(token));
                url = lifecycle.candidateUrl(token);
            }
            return new PlacedOrder(order.getPublicId(), false, url);
        });
    }

    /** One of the company's orders with its timeline; another company's order is never found. */
    @Transactional(readOnly = true)
    public OrderDetails details(CompanyId companyId, String orderId) {
        return details(find(Viewer.wholeCompany(companyId), orderId));
    }

    /** One order the viewer may see, with its timeline; any other order is "no such order". */
    @Transactional(readOnly = true)
    public OrderDetails details(Viewer viewer, String orderId) {
        return details(find(viewer, orderId));
    }

    /** What the candidate answered in an order the viewer may see, with the points of each answer. */
    @Transactional(readOnly = true)
    public OrderAnswerSheet answers(Viewer viewer, String orderId) {
        AssessmentOrder order = find(viewer, orderId);
        Map<String, String> answers = lifecycle.answers(order);
        Map<String, OrderSection> started = lifecycle.sections(order).stream()
                .collect(Collectors.toMap(OrderSection::getAssessmentId, s -> s));
        List<OrderAnswerSheet.Section> sections = new ArrayList<>();
        for (PackageContent.AssessmentContent assessment : lifecycle.content(order).assessments()) {
            OrderSection section = started.get(assessment.id());
            List<OrderAnswerSheet.Item> items = assessment.questions().stream().map(q -> {
                String answer = answers.get(q.id());
                return new OrderAnswerSheet.Item(q.prompt(), q.kind(),
                        answer == null || answer.isBlank() ? null : Scoring.display(q, answer), Scoring.expected(q),
                        Scoring.score(q, answer));
            }).toList();
            sections.add(new OrderAnswerSheet.Section(assessment.name(),
                    section == null ? null : section.getStartedAt(), section == null ? null : section.getSubmittedAt(),
                    section == null ? null : section.getScore(), section == null ? null : section.getScoreLabel(),
                    items));
        }
        return new OrderAnswerSheet(sections);
    }

    /** One page of the viewer's orders that match the query, sorted; never more than 500 rows. */
    @Transactional(readOnly = true)
    public List<OrderSummary> search(Viewer viewer, OrderQuery query, OrderSort sort, boolean descending, int offset,
                                     int limit) {
        if (offset < 0 || limit < 0 || limit > 500) {
            throw new IllegalArgumentException("A page is 0 to 500 rows from offset 0 on");
        }
        return search.page(viewer, query, sort, descending, offset, limit, packageNames(viewer));
    }

    /** Whether the viewer has any order at all. */
    @Transactional(readOnly = true)
    public boolean hasOrders(Viewer viewer) {
        return search.any(viewer);
    }

    /** How many of the viewer's orders match the query. */
    @Transactional(readOnly = true)
    public long count(Viewer viewer, OrderQuery query) {
        return search.count(viewer, query);
    }

    /**
     * Writes every one of the viewer's orders that match the query as CSV (RFC 4180, UTF-8, header row), streamed
     * from the database. A cell that a spreadsheet would take for a formula is prefixed with an apostrophe.
     */
    @Transactional(readOnly = true)
    public void exportCsv(Viewer viewer, OrderQuery query, OrderSort sort, boolean descending, Writer out)
            throws IOException {
        OrderCsv.write(out, csv -> search.forEach(viewer, query, sort, descending, packageNames(viewer), csv));
    }

    /** The names of the viewer's company's packages, read once per call. */
    private Function<String, String> packageNames(Viewer viewer) {
        Map<String, String> names = new HashMap<>();
        catalog.packageRefs(viewer.companyId()).forEach(ref -> names.put(ref.id(), ref.name()));
        return packageId -> names.getOrDefault(packageId, packageId);
    }

    private Optional<AssessmentOrder> visible(Viewer viewer, String orderId) {
        return orders.findByCompanyIdAndPublicId(viewer.companyId().value(), orderId)
                .filter(order -> viewer.sees(viewer.companyId(), order.getPackageId()));
    }

    private AssessmentOrder find(Viewer viewer, String orderId) {
        return visible(viewer, orderId).orElseThrow(() -> new OrderRefused(OrderRefused.Reason.UNKNOWN_ORDER, "No such order"));
    }

    private OrderDetails details(AssessmentOrder order) {
        List<OrderDetails.Step> timeline = new ArrayList<>();
        timeline.add(new OrderDetails.Step(OrderStatus.RECEIVED, order.getReceivedAt(), "SmartRecruiters",
                "Order received"));
        lifecycle.timeline(order).forEach(e -> timeline.add(new OrderDetails.Step(e.getStatus(), e.getOccurredAt(),
                e.getActor(), e.getNote())));
        String reportKey = order.getReportKey();
        return new OrderDetails(order.getPublicId(), order.getKind(), order.getStatus(), order.getPackageId(),
                order.getCandidateFirstName() + " " + order.getCandidateLastName(), order.getCandidateEmail(),
                order.getJobId(), order.getReceivedAt(), order.getExpiresAt(),
                order.getScore(), order.getScoreLabel(),
                reportKey == null ? null : lifecycle.reportUrl(reportKey), order.getAttention(), context(order),
                timeline);
    }

    /** Our id of the company's order SR placed with this result callback URL (SR's idempotency key). */
    @Transactional(readOnly = true)
    public Optional<String> orderIdForCallback(CompanyId companyId, String resultCallbackUrl) {
        return orders.findByCompanyIdAndCallbackHash(companyId.value(), Secrets.sha256(resultCallbackUrl))
                .map(AssessmentOrder::getPublicId);
    }

    /** Orders whose SR context (candidate, job, hiring team) is due to be fetched, oldest first. */
    @Transactional(readOnly = true)
    public List<OrderContext.Request> awaitingContext(int limit) {
        return orders.findAwaitingContext(clock.instant(), Limit.of(limit)).stream()
                .map(o -> new OrderContext.Request(new CompanyId(o.getCompanyId()), o.getPublicId(),
                        o.getCandidateSrId(), o.getJobId(), o.getContextAttempts())).toList();
    }

    /** Stores what SR told about the order's candidate, job and hiring team. */
    @Transactional
    public void recordContext(CompanyId companyId, String orderId, OrderContext context) {
        orders.findByCompanyIdAndPublicId(companyId.value(), orderId).ifPresent(order -> {
            try {
                order.recordContext(json.writeValueAsString(context),
                        context.job() == null ? null : context.job().title());
                events.publishEvent(new OrderBroadcaster.OrderNoted(companyId, orderId));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("The context cannot be stored", e);
            }
        });
    }

    /** Fetching the context failed: try again at {@code retryAt}, or (none) give up — the order works without. */
    @Transactional
    public void contextUnavailable(CompanyId companyId, String orderId, @Nullable Instant retryAt) {
        orders.findByCompanyIdAndPublicId(companyId.value(), orderId).ifPresent(order -> order.contextFailed(retryAt));
    }

    /**
     * Flags the order for a human (e.g. its result could not be delivered to SR), with the reason in its timeline;
     * {@code null} clears the flag.
     */
    @Transactional
    public void flagForAttention(CompanyId companyId, String orderId, @Nullable String reason) {
        orders.findByCompanyIdAndPublicId(companyId.value(), orderId).ifPresent(order -> {
            order.setAttention(reason);
            lifecycle.noted(order, "system", reason == null ? "Attention flag cleared" : "Needs attention: " + reason);
        });
    }

    /** The PDF report behind a report URL; nothing for an unknown key. */
    @Transactional(readOnly = true)
    public Optional<OrderReport> report(String reportKey) {
        if (reportKey.isEmpty() || reportKey.length() > 64) {
            return Optional.empty();
        }
        return orders.findByReportKey(reportKey).map(this::report);
    }

    /** The PDF report of one of the company's completed orders. */
    @Transactional(readOnly = true)
    public Optional<OrderReport> report(CompanyId companyId, String orderId) {
        return orders.findByCompanyIdAndPublicId(companyId.value(), orderId)
                .filter(order -> order.getStatus() == OrderStatus.COMPLETED).map(this::report);
    }

    /** The PDF report of a completed order the viewer may see. */
    @Transactional(readOnly = true)
    public Optional<OrderReport> report(Viewer viewer, String orderId) {
        return visible(viewer, orderId).filter(order -> order.getStatus() == OrderStatus.COMPLETED).map(this::report);
    }

    private OrderReport report(AssessmentOrder order) {
        return new OrderReport("assessment-result-" + order.getPublicId() + ".pdf", ResultReportRenderer.render(
                order.getCandidateFirstName() + " " + order.getCandidateLastName(), lifecycle.result(order)));
    }

    @Transactional(readOnly = true)
    public long countOrders(CompanyId companyId) {
        return orders.countByCompanyId(companyId.value());
    }

    private @Nullable OrderContext context(AssessmentOrder order) {
        String stored = order.getSrContext();
        try {
            return stored == null ? null : json.readValue(stored, OrderContext.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored SR context of order " + order.getPublicId() + " is broken", e);
        }
    }


    private String fieldsJson(PlaceOrderCommand command) {
        try {
            return json.writeValueAsString(command.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("fields cannot be stored", e);
        }
    }
}
