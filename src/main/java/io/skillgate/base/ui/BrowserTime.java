package io.skillgate.base.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/** Times as the screens show them: in the browser's time zone once it told us, UTC until then. */
public final class BrowserTime {

    private BrowserTime() {
    }

    /** The browser's time zone once it told us (asked on first use), UTC until then. */
    public static ZoneId zone(UI ui) {
        ExtendedClientDetails details = ui.getInternals().getExtendedClientDetails();
        if (details == null) {
            ui.getPage().retrieveExtendedClientDetails(received -> { });
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(details.getTimeZoneId());
        } catch (DateTimeException | NullPointerException e) {
            return ZoneOffset.UTC;
        }
    }

    /** Medium date and short time, e.g. "24 Nov 2026, 09:15"; empty for {@code null}. */
    public static String dateTime(@Nullable Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** Medium date; empty for {@code null}. */
    public static String date(@Nullable Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone).format(instant);
    }
}
