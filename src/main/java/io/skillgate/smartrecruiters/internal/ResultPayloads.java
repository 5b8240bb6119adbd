package io.skillgate.smartrecruiters.internal;

import java.util.List;
import java.util.Optional;

import io.skillgate.order.OrderResult;
import io.skillgate.order.OrderStatusChanged;
import io.skillgate.order.Score;
import io.skillgate.smartrecruiters.AssessmentResult;
import io.skillgate.smartrecruiters.ResultStatus;

/**
 * What SR is told about an order's status change (the PATCH body): nothing for RECEIVED (SR placed the order and
 * knows); PENDING when the candidate is invited; IN_PROGRESS with the start; the whole scored result on COMPLETED;
 * EXPIRED and REJECTED as they are. Merge-patch: what is left out stays as SR has it.
 */
final class ResultPayloads {

    private ResultPayloads() {
    }

    static Optional<AssessmentResult> of(OrderStatusChanged change) {
        return switch (change.status()) {
            case RECEIVED -> Optional.empty();
            case INVITED -> Optional.of(status(ResultStatus.PENDING));
            case IN_PROGRESS -> Optional.of(new AssessmentResult(null, null, change.startedAt(), null,
                    ResultStatus.IN_PROGRESS, null, null, null, null));
            case COMPLETED -> Optional.ofNullable(change.result()).map(ResultPayloads::completed);
            case EXPIRED -> Optional.of(status(ResultStatus.EXPIRED));
            case REJECTED -> Optional.of(status(ResultStatus.REJECTED));
        };
    }

    private static AssessmentResult status(ResultStatus status) {
        return new AssessmentResult(null, null, null, null, status, null, null, null, null);
    }

    static AssessmentResult completed(OrderResult result) {
        List<AssessmentResult.Item> items = result.sections().stream()
                .map(s -> new AssessmentResult.Item(s.assessmentId(), s.assessmentName(), s.startedAt(),
                        s.submittedAt(), score(s.score()), s.scoreLabel(), null, null, ResultStatus.COMPLETED))
                .toList();
        return new AssessmentResult(result.packageName(), result.summary(), result.startedAt(), result.submittedAt(),
                ResultStatus.COMPLETED, score(result.score()), result.scoreLabel(),
                List.of(new AssessmentResult.Attachment(AssessmentResult.AttachmentType.PDF_URL, result.reportUrl())),
                items);
    }

    private static AssessmentResult.Score score(Score score) {
        return new AssessmentResult.Score(score.raw(), score.min(), score.max());
    }
}
