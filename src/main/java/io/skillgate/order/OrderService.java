package io.skillgate.order;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.CompanyId;
import io.skillgate.base.Secrets;
import io.skillgate.base.SkillgateProperties;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.PackageDetails;
import io.skillgate.order.domain.AssessmentOrder;
import io.skillgate.order.domain.AssessmentOrderRepository;

/**
 * Takes SR's orders. An order is stored once per result callback URL and company: a retry finds the stored
 * order and creates nothing. The candidate's access token (256 bits) is stored only as a hash.
 */
@Service
@Transactional(readOnly = true)
public class OrderService {

    private final AssessmentOrderRepository orders;
    private final CatalogService catalog;
    private final ApplicationEventPublisher events;
    private final SkillgateProperties portal;
    private final ObjectMapper json;
    private final Clock clock;

    OrderService(AssessmentOrderRepository orders, CatalogService catalog, ApplicationEventPublisher events,
                 SkillgateProperties portal, ObjectMapper json, Clock clock) {
        this.orders = orders;
        this.catalog = catalog;
        this.events = events;
        this.portal = portal;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Stores the order (or finds the one stored by an earlier try). May throw a
     * {@link org.springframework.dao.DataIntegrityViolationException} when an identical order committed at the
     * same moment; calling again then finds it.
     */
    @Transactional
    public PlacedOrder place(PlaceOrderCommand command) {
        PackageDetails ordered = catalog.find(command.companyId(), command.packageId())
                .filter(PackageDetails::active)
                .orElseThrow(() -> new OrderRefused(OrderRefused.Reason.UNKNOWN_PACKAGE,
                        "No active assessment package with this id"));
        boolean inlinePackage = ordered.type() == AssessmentType.INLINE_ASSESSMENT;
        if (inlinePackage != (command.kind() == OrderKind.INLINE)) {
            throw new OrderRefused(OrderRefused.Reason.NOT_ORDERABLE, inlinePackage
                    ? "An INLINE_ASSESSMENT package can only be ordered inline"
                    : "Only an INLINE_ASSESSMENT package can be ordered inline");
        }
        String callbackHash = Secrets.sha256(command.resultCallbackUrl());
        Optional<AssessmentOrder> earlier = orders.findByCompanyIdAndCallbackHash(command.companyId().value(),
                callbackHash);
        if (earlier.isPresent()) {
            AssessmentOrder order = earlier.get();
            String url = null;
            if (order.getKind() == OrderKind.INLINE && order.getStatus() == OrderStatus.RECEIVED) {
                String token = Secrets.random(32);
                order.replaceCandidateToken(Secrets.sha256(token));
                url = candidateUrl(token);
            }
            return new PlacedOrder(order.getPublicId(), false, url);
        }
        String token = Secrets.random(32);
        AssessmentOrder order = orders.saveAndFlush(new AssessmentOrder(command.companyId().value(),
                UUID.randomUUID().toString(), command.kind(), command.srOrderId(), command.resultCallbackUrl(),
                callbackHash, ordered.id(),
                new AssessmentOrder.Candidate(command.candidateSrId(), command.candidateEmail(),
                        command.candidateFirstName(), command.candidateLastName(), command.applicationLanguage()),
                new AssessmentOrder.Requester(command.requesterUserId(), command.requesterEmail()),
                command.jobId(), command.completedCallbackUrl(), fieldsJson(command), Secrets.sha256(token),
                clock.instant()));
        events.publishEvent(new OrderPlaced(command.companyId(), order.getPublicId(), command.kind()));
        return new PlacedOrder(order.getPublicId(), true,
                command.kind() == OrderKind.INLINE ? candidateUrl(token) : null);
    }

    public long countOrders(CompanyId companyId) {
        return orders.countByCompanyId(companyId.value());
    }

    private String candidateUrl(String token) {
        return portal.url("/assessment/" + token);
    }

    private String fieldsJson(PlaceOrderCommand command) {
        try {
            return json.writeValueAsString(command.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("fields cannot be stored", e);
        }
    }
}
