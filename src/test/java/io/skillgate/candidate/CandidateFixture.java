package io.skillgate.candidate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

import io.skillgate.base.CompanyId;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.CreatePackageCommand;
import io.skillgate.catalog.CreatePackageCommand.NewAssessment;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.catalog.PackageContent;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.company.CompanyService;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderService;
import io.skillgate.order.PlaceOrderCommand;
import io.skillgate.order.PlacedOrder;

/** Inline orders for the candidate's pages, made through the services: an inline order's link works at once. */
public final class CandidateFixture {

    public static final String CALLBACK = "https://www.smartrecruiters.com/apply/done?x=1";

    /** A placed order and the candidate's token; {@code content} has the question ids. */
    public record Link(CompanyId company, String orderId, String token, PackageContent content) {
    }

    private final CompanyService companies;
    private final CatalogService catalog;
    private final OrderService orders;

    public CandidateFixture(ApplicationContext context) {
        this.companies = context.getBean(CompanyService.class);
        this.catalog = context.getBean(CatalogService.class);
        this.orders = context.getBean(OrderService.class);
    }

    /** "Basics": one question of each kind, untimed; "Speed": one single-choice question in 60 seconds. */
    public static List<NewAssessment> basicsAndSpeed() {
        return List.of(new NewAssessment("Basics", "Warm-up questions", AssessmentType.INLINE_ASSESSMENT, null,
                        List.of(NewQuestion.singleChoice("2 + 2?", List.of("3", "4", "5"), 1),
                                NewQuestion.multipleChoice("Primes?", List.of("2", "4", "5", "9"), List.of(0, 2)),
                                NewQuestion.shortText("Capital of France?", List.of("Paris")),
                                NewQuestion.numeric("Pi to two places?", new BigDecimal("3.14"),
                                        new BigDecimal("0.005")))),
                new NewAssessment("Speed", "", AssessmentType.INLINE_ASSESSMENT, 60,
                        List.of(NewQuestion.singleChoice("Fast: 3 x 3?", List.of("6", "9"), 1))));
    }

    public Link inlineOrder(List<NewAssessment> assessments, @Nullable String language,
                            @Nullable String completedCallbackUrl) {
        CompanyId company = companies.create("Candidate Co " + System.nanoTime(), "test").id();
        PackageDetails pack = catalog.create(company, new CreatePackageCommand("Java Skills", "",
                AssessmentType.INLINE_ASSESSMENT, assessments), "test");
        PlacedOrder placed = orders.place(new PlaceOrderCommand(company, OrderKind.INLINE, UUID.randomUUID().toString(),
                "https://api.smartrecruiters.com/assessment-api/v202010/orders/" + UUID.randomUUID() + "/results",
                pack.id(), null, "ada@example.test", "Ada", "Lovelace", language, null, null, null,
                completedCallbackUrl, Map.of()));
        String url = java.util.Objects.requireNonNull(placed.candidateUrl());
        return new Link(company, placed.orderId(), url.substring(url.lastIndexOf('/') + 1),
                catalog.content(company, pack.id()).orElseThrow());
    }

    /** The id of question {@code index} of assessment {@code assessment}. */
    public static String question(Link link, int assessment, int index) {
        return link.content().assessments().get(assessment).questions().get(index).id();
    }
}
