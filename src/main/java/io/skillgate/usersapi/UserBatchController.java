package io.skillgate.usersapi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.skillgate.access.UserException;
import io.skillgate.access.UserImportCsv;
import io.skillgate.access.UserImportLine;
import io.skillgate.access.UserImportReport;
import io.skillgate.access.UserImportResult.Outcome;
import io.skillgate.access.UserImportService;
import io.skillgate.apikey.AuthenticatedApiKey;
import io.skillgate.base.BodySizeLimitFilter;
import io.skillgate.usersapi.v201804.ErrorResponse;
import io.skillgate.usersapi.v201804.UserBatchResponse;

/**
 * Bulk provisioning: up to 10,000 users in one request, as a JSON array of
 * {@code {email, firstName, lastName, systemRole:{id}, accessGroups:[names], ssoIdentifier, activate}} or as the
 * import CSV ({@code text/csv}, the UI's format). Answers 200 with every line's outcome; invalid lines never stop
 * valid ones, and sending the same lines again changes nothing. {@code dryRun=true} only checks.
 */
@RestController
@RequestMapping(path = UsersApiPaths.BASE + "/users", produces = MediaType.APPLICATION_JSON_VALUE)
class UserBatchController implements UsersApiController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    private final UserImportService imports;
    private final ObjectMapper json;

    UserBatchController(UserImportService imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    @PostMapping(path = "/batch", consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    UserBatchResponse batch(@AuthenticationPrincipal AuthenticatedApiKey key,
                            @RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request) {
        byte[] body = read(request);
        MediaType type = MediaType.parseMediaType(request.getContentType());
        List<UserImportLine> lines;
        try {
            lines = CSV.isCompatibleWith(type) ? UserImportCsv.read(new InputStreamReader(
                    new ByteArrayInputStream(body), charset(type))) : fromJson(body);
        } catch (UserException e) {
            throw UserImportService.TOO_MANY_LINES.equals(e.getMessage()) ? tooMany()
                    : UsersApiException.of(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", e.getMessage());
        }
        UserImportReport report = imports.run(key.companyId(), lines, dryRun, key.actor(), (done, total) -> { });
        return new UserBatchResponse(report.dryRun(), new UserBatchResponse.Summary(report.count(Outcome.CREATED),
                report.count(Outcome.UPDATED), report.count(Outcome.UNCHANGED), report.count(Outcome.ERROR)),
                report.results().stream().map(result -> new UserBatchResponse.Line(result.line(), result.email(),
                        result.outcome().name(), result.messages())).toList());
    }

    private static byte[] read(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            if (BodySizeLimitFilter.causedByTooLarge(e)) {
                throw UsersApiException.of(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                        BodySizeLimitFilter.message(BodySizeLimit.BATCH_MAX_BYTES));
            }
            throw UsersApiException.of(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "The body could not be read");
        }
    }

    private static UsersApiException tooMany() {
        return UsersApiException.invalid(List.of(ErrorResponse.Error.field("", UserImportService.TOO_MANY_LINES)));
    }

    private static Charset charset(MediaType type) {
        return type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
    }

    private List<UserImportLine> fromJson(byte[] body) {
        JsonNode array;
        try {
            array = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw UsersApiException.of(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "The body is not valid JSON");
        } catch (IOException e) {
            throw UsersApiException.of(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "The body could not be read");
        }
        if (array == null || !array.isArray()) {
            throw UsersApiException.of(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "The body is a JSON array of users");
        }
        if (array.size() > UserImportService.MAX_LINES) {
            throw tooMany();
        }
        List<UserImportLine> lines = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            JsonNode role = item.path("systemRole");
            List<String> groups = new ArrayList<>();
            item.path("accessGroups").forEach(group -> groups.add(group.isObject() ? text(group.get("name"))
                    : text(group)));
            lines.add(new UserImportLine(i + 1, text(item.get("email")), text(item.get("firstName")),
                    text(item.get("lastName")), role.isObject() ? text(role.get("id")) : text(role),
                    groups.stream().map(group -> group == null ? "" : group).toList(), text(item.get("ssoIdentifier")),
                    text(item.get("activate"))));
        }
        return lines;
    }

    /** A field's value as the import reads it: text as is, other values in their JSON spelling, null as absent. */
    private static @Nullable String text(@Nullable JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null
                : node.isTextual() ? node.asText() : node.toString();
    }
}
