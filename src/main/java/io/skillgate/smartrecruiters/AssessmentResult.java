package io.skillgate.smartrecruiters;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.jspecify.annotations.Nullable;

/**
 * The body of SR's {@code PATCH …/orders/{orderId}/results} (merge-patch semantics: absent fields stay as they
 * are, so nulls are left out). Instants are ISO-8601 strings whatever the ObjectMapper.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AssessmentResult(@Nullable String name, @Nullable String summary, @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable Instant assessmentDate,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable Instant submissionDate, @Nullable ResultStatus status,
                               @Nullable Score score, @Nullable String scoreLabel,
                               @Nullable List<Attachment> attachments,
                               @Nullable List<Item> assessmentResults) {

    /** Shown by SR as raw/max; all three required. */
    public record Score(int raw, int min, int max) {
    }

    public enum AttachmentType { VIDEO_URL, PDF_URL, OTHER_URL }

    public record Attachment(AttachmentType type, String url) {
    }

    /** The result of one assessment of the package. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Item(String assessmentId, @Nullable String assessmentName, @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable Instant assessmentDate,
                       @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable Instant submissionDate, @Nullable Score score, @Nullable String scoreLabel,
                       @Nullable String summary, @Nullable List<Attachment> attachments,
                       @Nullable ResultStatus status) {
    }
}
