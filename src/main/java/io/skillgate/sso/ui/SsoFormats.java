package io.skillgate.sso.ui;

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

/** How the SSO screens show dates and times: the browser's time zone once known, UTC until then. */
final class SsoFormats {

    private final Locale locale;
    private final ZoneId zone;

    private SsoFormats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    static SsoFormats of(UI ui) {
        return new SsoFormats(ui.getLocale(), zone(ui));
    }

    private static ZoneId zone(UI ui) {
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

    String date(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone).format(instant);
    }

    String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant) + (zone.equals(ZoneOffset.UTC) ? " UTC" : "");
    }
}
