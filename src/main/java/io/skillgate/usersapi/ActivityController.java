package io.skillgate.usersapi;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.skillgate.access.SubscriptionService;
import io.skillgate.apikey.AuthenticatedApiKey;
import io.skillgate.audit.AuditEventDetails;
import io.skillgate.audit.AuditService;
import io.skillgate.usersapi.v201804.ActivityEvent;
import io.skillgate.usersapi.v201804.ActivityPage;

/**
 * What software asset management tools (ServiceNow SAM and the like) read: the company's audit events since a time
 * ({@code audit_read}), and its seats as CSV ({@code users_read}). The scopes are checked by {@code security}.
 */
@RestController
@RequestMapping(UsersApiPaths.BASE)
class ActivityController implements UsersApiController {

    private static final int MAX_LIMIT = 200;

    private final AuditService audit;
    private final SubscriptionService subscriptions;

    ActivityController(AuditService audit, SubscriptionService subscriptions) {
        this.audit = audit;
        this.subscriptions = subscriptions;
    }

    @GetMapping(path = "/activity", produces = MediaType.APPLICATION_JSON_VALUE)
    ActivityPage activity(@AuthenticationPrincipal AuthenticatedApiKey key,
                          @RequestParam(required = false) @Nullable String since,
                          @RequestParam(defaultValue = "100") int limit,
                          @RequestParam(required = false) @Nullable String pageId) {
        Instant from = UsersApiParameters.instant("since", since);
        if (from == null) {
            throw UsersApiParameters.invalid("since is required: an ISO-8601 instant, e.g. 2026-11-24T09:00:00Z");
        }
        UsersApiParameters.limit(limit, MAX_LIMIT);
        long afterId = UsersApiParameters.afterId(pageId);
        List<AuditEventDetails> found = audit.since(key.companyId(), from, afterId, limit + 1);
        List<ActivityEvent> page = found.stream().limit(limit).map(ActivityController::toJson).toList();
        return new ActivityPage(limit, found.size() > limit ? page.get(page.size() - 1).id() : null, page);
    }

    @GetMapping(path = "/subscriptions.csv", produces = "text/csv")
    void subscriptions(@AuthenticationPrincipal AuthenticatedApiKey key, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subscriptions.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        subscriptions.exportCsv(key.companyId(), out);
        out.flush();
    }

    private static ActivityEvent toJson(AuditEventDetails event) {
        return new ActivityEvent(Long.toString(event.id()), event.occurredAt().toString(), event.actor(),
                event.action(), event.detail(), event.remoteAddress());
    }
}
