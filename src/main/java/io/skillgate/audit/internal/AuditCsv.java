package io.skillgate.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import io.skillgate.audit.AuditEventDetails;

import static io.skillgate.base.CsvCells.formulaSafe;

/** The audit export's CSV (Apache Commons CSV, RFC 4180), safe to open in a spreadsheet. */
public final class AuditCsv {

    private static final String[] HEADER = {"id", "occurred at (UTC)", "company id", "actor", "action", "detail",
        "from address"};

    private AuditCsv() {
    }

    /** Writes the header, then each row {@code rows} hands to the consumer it is given. */
    public static void write(Writer out, Consumer<Consumer<AuditEventDetails>> rows) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
        try {
            rows.accept(event -> {
                try {
                    printer.printRecord(event.id(), event.occurredAt(), event.companyId(),
                            formulaSafe(event.actor()), formulaSafe(event.action()), formulaSafe(event.detail()),
                            formulaSafe(event.remoteAddress()));
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
