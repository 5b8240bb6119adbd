package io.skillgate.smartrecruiters.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import io.skillgate.base.CompanyId;
import io.skillgate.connection.ConnectionActivity;
import io.skillgate.smartrecruiters.DeliveryKind;
import io.skillgate.smartrecruiters.DeliveryState;
import io.skillgate.smartrecruiters.domain.ResultDelivery;
import io.skillgate.smartrecruiters.domain.ResultDeliveryRepository;

/** The connection page's "last result pushed" and "last delivery error" (a given-up push, or one being retried). */
@Component
class ResultConnectionActivity implements ConnectionActivity {

    static final String LAST_PUSHED = "Last result pushed";
    static final String LAST_ERROR = "Last delivery error";

    private final ResultDeliveryRepository deliveries;

    ResultConnectionActivity(ResultDeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public List<Fact> facts(CompanyId companyId) {
        long company = companyId.value();
        Fact pushed = deliveries.findFirstByCompanyIdAndStateOrderByIdDesc(company, DeliveryState.DELIVERED)
                .map(d -> new Fact(20, LAST_PUSHED, d.getDeliveredAt(), d.getSrStatus() + " of order "
                        + d.getOrderId() + (d.getKind() == DeliveryKind.ATTACHMENT
                        ? " (PDF)" : "")))
                .orElse(new Fact(20, LAST_PUSHED, null, "none yet"));
        ResultDelivery failed = deliveries.findFirstByCompanyIdAndStateAndLastErrorNotNullOrderByIdDesc(company,
                DeliveryState.FAILED).orElse(null);
        ResultDelivery retrying = deliveries.findFirstByCompanyIdAndStateAndLastErrorNotNullOrderByIdDesc(company,
                DeliveryState.PENDING).orElse(null);
        ResultDelivery newest = failed == null ? retrying : retrying == null ? failed
                : failed.requireId() > retrying.requireId() ? failed : retrying;
        Fact error = newest == null ? new Fact(21, LAST_ERROR, null, "none")
                : new Fact(21, LAST_ERROR, newest.getLastAttemptAt(), newest.getSrStatus() + " of order "
                + newest.getOrderId() + (newest.getState() == DeliveryState.FAILED ? " (given up, "
                : " (retrying, ") + newest.getAttempts() + " attempt(s)): " + newest.getLastError());
        return List.of(pushed, error);
    }
}
