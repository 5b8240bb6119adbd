package io.skillgate.partnerapi;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.skillgate.connection.SrClient;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderRefused;
import io.skillgate.order.OrderService;
import io.skillgate.order.PlaceOrderCommand;
import io.skillgate.order.PlacedOrder;
import io.skillgate.partnerapi.v1.InlineOrderRequest;
import io.skillgate.partnerapi.v1.InlineOrderResponse;
import io.skillgate.partnerapi.v1.OrderRequest;

/**
 * {@code packageOrderUrl} (202 once stored) and {@code inlineAssessmentPackageOrderUrl} (200 {url}). Both are
 * idempotent on {@code resultCallbackURL} and scoped to the token's company.
 */
@RestController
@RequestMapping(path = PartnerApiPaths.BASE + "/packages", consumes = MediaType.APPLICATION_JSON_VALUE)
class OrderController {

    /** SR's order id is the UUID in the callback URL's path. */
    private static final Pattern ORDER_ID = Pattern.compile(
            "/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?=/|$|\\?)");

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    @PostMapping("/orders")
    ResponseEntity<Void> order(@AuthenticationPrincipal SrClient client, @Valid @RequestBody OrderRequest request) {
        requireOwnCompany(client, request.companyId());
        place(new PlaceOrderCommand(client.companyId(), OrderKind.REGULAR, srOrderId(request.resultCallbackUrl()),
                request.resultCallbackUrl(), request.assessmentPackageId(), request.candidate().id(),
                request.candidate().email(), request.candidate().firstName(), request.candidate().lastName(),
                request.candidate().applicationLanguage(),
                request.requester() == null ? null : request.requester().userId(),
                request.requester() == null ? null : request.requester().email(),
                jobId(request.job(), request.jobId()), null, fields(request.fields())));
        return ResponseEntity.accepted().build();
    }

    @PostMapping(path = "/inline/orders", produces = MediaType.APPLICATION_JSON_VALUE)
    InlineOrderResponse inlineOrder(@AuthenticationPrincipal SrClient client,
                                    @Valid @RequestBody InlineOrderRequest request) {
        requireOwnCompany(client, request.companyId());
        PlacedOrder placed = place(new PlaceOrderCommand(client.companyId(), OrderKind.INLINE,
                srOrderId(request.resultCallbackUrl()), request.resultCallbackUrl(), request.assessmentPackageId(),
                request.candidate().id(), request.candidate().email(), request.candidate().firstName(),
                request.candidate().lastName(), request.candidate().applicationLanguage(), null, null,
                jobId(request.job(), request.jobId()), request.completedAssessmentCallbackUrl(), Map.of()));
        if (placed.candidateUrl() == null) {
            throw new PartnerApiException(HttpStatus.CONFLICT, "ORDER_ALREADY_STARTED",
                    "The candidate has already started this assessment");
        }
        return new InlineOrderResponse(placed.candidateUrl());
    }

    /** Stores the order (or finds the one an earlier try stored); refusals in SR's terms. */
    private PlacedOrder place(PlaceOrderCommand command) {
        try {
            return orders.place(command);
        } catch (OrderRefused refused) {
            throw switch (refused.reason()) {
                case UNKNOWN_PACKAGE -> new PartnerApiException(HttpStatus.NOT_FOUND, "PACKAGE_NOT_FOUND",
                        refused.getMessage());
                case NOT_ORDERABLE -> new PartnerApiException(HttpStatus.UNPROCESSABLE_ENTITY,
                        "PACKAGE_NOT_ORDERABLE", refused.getMessage());
                // placing an order never refuses for an unknown order; should it, it is a 404 like a package
                case UNKNOWN_ORDER -> new PartnerApiException(HttpStatus.NOT_FOUND, "ORDER_NOT_FOUND",
                        refused.getMessage());
            };
        }
    }

    private static void requireOwnCompany(SrClient client, String companyId) {
        if (!client.srCompanyId().equals(companyId)) {
            throw new PartnerApiException(HttpStatus.FORBIDDEN, "COMPANY_MISMATCH",
                    "This token does not belong to the order's company");
        }
    }

    private static String srOrderId(String resultCallbackUrl) {
        Matcher matcher = ORDER_ID.matcher(resultCallbackUrl);
        String found = null;
        while (matcher.find()) {
            found = matcher.group(1);
        }
        if (found == null) {
            throw new PartnerApiException(HttpStatus.BAD_REQUEST, "INVALID_CALLBACK_URL",
                    "resultCallbackURL must carry the order's UUID in its path");
        }
        return found.toLowerCase(java.util.Locale.ROOT);
    }

    private static @Nullable String jobId(OrderRequest.@Nullable Job job, @Nullable String deprecatedJobId) {
        return job != null && job.id() != null ? job.id() : deprecatedJobId;
    }

    private static Map<String, String> fields(@Nullable Map<String, String> fields) {
        if (fields == null) {
            return Map.of();
        }
        if (fields.containsKey(null) || fields.containsValue(null)) {
            throw new PartnerApiException(HttpStatus.BAD_REQUEST, "INVALID_FIELDS", "fields may not hold nulls");
        }
        return fields;
    }
}
