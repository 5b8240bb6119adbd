package io.skillgate.smartrecruiters.internal;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.base.CompanyId;
import io.skillgate.order.OrderReport;
import io.skillgate.order.OrderService;
import io.skillgate.smartrecruiters.AssessmentResult;
import io.skillgate.smartrecruiters.ClientCredential;
import io.skillgate.smartrecruiters.DeliveryKind;
import io.skillgate.smartrecruiters.SmartRecruitersClient;
import io.skillgate.smartrecruiters.SmartRecruitersException;
import io.skillgate.smartrecruiters.domain.ResultDelivery;

/** Sends one outbox row to SR through the client (tokens, SR's limits, in-call retries of 429 and 5xx). */
class ResultSender {

    static final String PDF = "application/pdf";

    private final SmartRecruitersClient client;
    private final OrderService orders;
    private final ObjectMapper json;

    ResultSender(SmartRecruitersClient client, OrderService orders, ObjectMapper json) {
        this.client = client;
        this.orders = orders;
        this.json = json;
    }

    /** Sends the row; a refusal is a {@link SmartRecruitersException} (status 0: no answer, or nothing to send). */
    void send(ResultDelivery row, ClientCredential credential) {
        if (row.getKind() == DeliveryKind.RESULT) {
            client.patchResult(credential, row.getSrOrderId(), body(row));
        } else {
            // the PDF is made now, from the stored result: it is never kept in the outbox
            OrderReport report = orders.report(new CompanyId(row.getCompanyId()), row.getOrderId())
                    .orElseThrow(() -> new Unsendable("order " + row.getOrderId() + " has no PDF report"));
            client.uploadAttachment(credential, row.getSrOrderId(), report.fileName(), PDF, report.pdf());
        }
    }

    private AssessmentResult body(ResultDelivery row) {
        try {
            return json.readValue(Objects.requireNonNull(row.getPayload(), "a result row without a body"),
                    AssessmentResult.class);
        } catch (JsonProcessingException e) {
            throw new Unsendable("the stored result body cannot be read (" + e.getOriginalMessage() + ")");
        }
    }

    /** Nothing a retry could send: the row is given up. */
    static final class Unsendable extends SmartRecruitersException {

        Unsendable(String message) {
            super(0, message, List.of());
        }
    }
}
