package io.skillgate.access;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import io.skillgate.base.CsvCells;

/**
 * The import's CSV: a header row naming the columns (any order, any case) {@code email, firstName, lastName, role}
 * (required) and {@code accessGroups} (names separated by {@code ;}), {@code ssoIdentifier}, {@code activate}
 * (optional); then one user per row. The result CSV has {@code line, email, outcome, message}.
 */
public final class UserImportCsv {

    public static final List<String> COLUMNS = List.of("email", "firstName", "lastName", "role", "accessGroups",
            "ssoIdentifier", "activate");
    private static final List<String> REQUIRED = COLUMNS.subList(0, 4);

    private UserImportCsv() {
    }

    /**
     * The lines of a CSV file, each numbered by the file line it starts on (the header is line 1).
     *
     * @throws UserException {@code INVALID} for a file that is not such a CSV or has over
     *                       {@link UserImportService#MAX_LINES} lines
     */
    public static List<UserImportLine> read(Reader in) {
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(false).get();
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            List<UserImportLine> lines = new ArrayList<>();
            Map<String, Integer> columns = null;
            for (CSVRecord record : parser) {
                int line = Math.toIntExact(parser.getCurrentLineNumber());
                if (columns == null) {
                    columns = header(record);
                    continue;
                }
                if (lines.size() == UserImportService.MAX_LINES) {
                    throw new UserException(UserException.Reason.INVALID, UserImportService.TOO_MANY_LINES);
                }
                Map<String, Integer> c = columns;
                String groups = cell(record, c, "accessgroups");
                lines.add(new UserImportLine(line, cell(record, c, "email"), cell(record, c, "firstname"),
                        cell(record, c, "lastname"), cell(record, c, "role"),
                        groups == null ? List.of() : Arrays.stream(groups.split(";")).map(String::strip)
                                .filter(name -> !name.isEmpty()).toList(),
                        cell(record, c, "ssoidentifier"), cell(record, c, "activate")));
            }
            if (columns == null) {
                throw new UserException(UserException.Reason.INVALID, "The file is empty; it needs a header row: "
                        + String.join(",", COLUMNS));
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UserException(UserException.Reason.INVALID, "The file is not a readable CSV file");
        }
    }

    /** The result per line as CSV (RFC 4180, header row); cells a spreadsheet would run are made safe. */
    public static void write(UserImportReport report, Writer out) throws IOException {
        CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader("line", "email", "outcome", "message").get()
                .print(out);
        for (UserImportResult result : report.results()) {
            printer.printRecord(result.line(), CsvCells.formulaSafe(result.email()), result.outcome().name(),
                    CsvCells.formulaSafe(result.message()));
        }
        printer.flush();
    }

    private static Map<String, Integer> header(CSVRecord record) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
            boolean known = COLUMNS.stream().anyMatch(column -> column.toLowerCase(Locale.ROOT).equals(name));
            if (!known || columns.putIfAbsent(name, i) != null) {
                throw new UserException(UserException.Reason.INVALID, "Column \"" + record.get(i).strip()
                        + "\" is unknown or repeated; the columns are " + String.join(",", COLUMNS));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required.toLowerCase(Locale.ROOT))) {
                throw new UserException(UserException.Reason.INVALID, "The header row needs the columns "
                        + String.join(",", REQUIRED) + " (and may have accessGroups, ssoIdentifier, activate)");
            }
        }
        return columns;
    }

    private static @Nullable String cell(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= record.size() ? null : record.get(index);
    }
}
