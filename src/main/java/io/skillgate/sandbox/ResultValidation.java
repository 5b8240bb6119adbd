package io.skillgate.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** SR's checks of a results PATCH body. */
final class ResultValidation {

    private static final Set<String> STATUSES = Set.of("IN_PROGRESS", "PENDING", "COMPLETED", "REJECTED", "EXPIRED");
    private static final Set<String> ATTACHMENT_TYPES = Set.of("VIDEO_URL", "PDF_URL", "OTHER_URL");

    private ResultValidation() {
    }

    static List<SandboxError.Detail> errors(JsonNode result) {
        List<SandboxError.Detail> errors = new ArrayList<>();
        check(result, "", errors);
        JsonNode items = result.path("assessmentResults");
        if (!items.isMissingNode() && !items.isNull()) {
            if (!items.isArray()) {
                errors.add(new SandboxError.Detail("INVALID_TYPE", "assessmentResults must be a list"));
            } else {
                for (int i = 0; i < items.size(); i++) {
                    String at = "assessmentResults[" + i + "].";
                    JsonNode id = items.get(i).path("assessmentId");
                    if (!id.isTextual() || id.asText().isBlank()) {
                        errors.add(new SandboxError.Detail("REQUIRED", at + "assessmentId is required"));
                    }
                    check(items.get(i), at, errors);
                }
            }
        }
        return errors;
    }

    private static void check(JsonNode node, String at, List<SandboxError.Detail> errors) {
        JsonNode status = node.path("status");
        if (!status.isMissingNode() && !status.isNull()
                && (!status.isTextual() || !STATUSES.contains(status.asText()))) {
            errors.add(new SandboxError.Detail("INVALID_VALUE", at + "status must be one of " + STATUSES));
        }
        JsonNode score = node.path("score");
        if (!score.isMissingNode() && !score.isNull()) {
            for (String part : List.of("raw", "min", "max")) {
                if (!score.path(part).isIntegralNumber() || !score.path(part).canConvertToInt()) {
                    errors.add(new SandboxError.Detail("INVALID_VALUE", at + "score." + part
                            + " is required and must be an integer"));
                }
            }
        }
        JsonNode attachments = node.path("attachments");
        if (!attachments.isMissingNode() && !attachments.isNull()) {
            if (!attachments.isArray()) {
                errors.add(new SandboxError.Detail("INVALID_TYPE", at + "attachments must be a list"));
                return;
            }
            attachments.forEach(a -> {
                if (!ATTACHMENT_TYPES.contains(a.path("type").asText()) || !a.path("url").isTextual()) {
                    errors.add(new SandboxError.Detail("INVALID_VALUE", at
                            + "attachments need a type of " + ATTACHMENT_TYPES + " and a url"));
                }
            });
        }
    }
}
