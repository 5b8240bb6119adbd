package io.skillgate.sso.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;

import io.skillgate.base.ui.BrowserTime;

/** How the SSO screens show dates and times: the browser's time zone once known, UTC until then. */
final class SsoFormats {

    private final Locale locale;
    private final ZoneId zone;

    private SsoFormats(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    static SsoFormats of(UI ui) {
        return new SsoFormats(ui.getLocale(), BrowserTime.zone(ui));
    }

    String date(@Nullable Instant instant) {
        return BrowserTime.date(instant, locale, zone);
    }

    String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : BrowserTime.dateTime(instant, locale, zone)
                + (zone.equals(ZoneOffset.UTC) ? " UTC" : "");
    }
}
