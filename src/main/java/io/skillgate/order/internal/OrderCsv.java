package io.skillgate.order.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.skillgate.order.OrderSummary;

import static io.skillgate.base.CsvCells.formulaSafe;

/** The orders export's CSV (Apache Commons CSV, RFC 4180), safe to open in a spreadsheet. */
public final class OrderCsv {

    private static final String[] HEADER = {"order id", "kind", "status", "received at (UTC)", "completed at (UTC)",
        "candidate first name", "candidate last name", "candidate e-mail", "package", "job id", "job title",
        "score", "score min", "score max", "score label", "needs attention"};

    private OrderCsv() {
    }

    /** Writes the header, then each row {@code rows} hands to the consumer it is given. */
    public static void write(Writer out, Consumer<Consumer<OrderSummary>> rows) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
        try {
            rows.accept(order -> {
                try {
                    printer.printRecord(order.orderId(), order.kind(), order.status(), order.receivedAt(),
                            order.completedAt(), formulaSafe(order.candidateFirstName()),
                            formulaSafe(order.candidateLastName()), formulaSafe(order.candidateEmail()),
                            formulaSafe(order.packageName()), formulaSafe(order.jobId()),
                            formulaSafe(order.jobTitle()), order.score() == null ? null : order.score().raw(),
                            order.score() == null ? null : order.score().min(),
                            order.score() == null ? null : order.score().max(), formulaSafe(order.scoreLabel()),
                            formulaSafe(order.attention()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        printer.flush();
    }
}
