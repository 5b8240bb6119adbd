package io.skillgate.base;

import org.jspecify.annotations.Nullable;

/**
 * Text for a CSV export that a spreadsheet will open: a cell it would run as a formula gets a leading apostrophe
 * (OWASP "CSV injection"). Shared by every export (orders, audit log), so they escape alike.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** The text, prefixed with {@code '} when it starts with =, +, -, @, a tab or a carriage return. */
    public static @Nullable String formulaSafe(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
