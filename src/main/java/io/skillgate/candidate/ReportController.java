package io.skillgate.candidate;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.skillgate.order.OrderReport;
import io.skillgate.order.OrderService;

/**
 * A result's PDF report behind its unguessable report URL ({@code /reports/<key>}), which SR shows to recruiters:
 * no sign-in, never cached by a shared cache, never indexed. An unknown or malformed key is a 404 in SR's error
 * shape.
 */
@RestController
class ReportController {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final OrderService orders;

    ReportController(OrderService orders) {
        this.orders = orders;
    }

    @GetMapping("/reports/{key}")
    ResponseEntity<?> report(@PathVariable String key) {
        if (!KEY.matcher(key).matches()) {
            return notFound();
        }
        return orders.report(key).<ResponseEntity<?>>map(ReportController::pdf).orElseGet(ReportController::notFound);
    }

    private static ResponseEntity<byte[]> pdf(OrderReport report) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(report.fileName()).build().toString())
                .cacheControl(CacheControl.noStore().cachePrivate())
                .header("X-Robots-Tag", "noindex")
                .body(report.pdf());
    }

    private static ResponseEntity<Error> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                .header("X-Robots-Tag", "noindex")
                .body(new Error("Not Found", List.of(new Error.Detail("NOT_FOUND", "No report has this address"))));
    }

    /** SR's error shape: {@code {message, errors:[{code, message}]}}. */
    record Error(String message, List<Detail> errors) {

        record Detail(String code, String message) {
        }
    }
}
