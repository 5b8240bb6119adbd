package io.skillgate.order.ui;

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

import io.skillgate.order.OrderStatus;

/** How the order screens show times and statuses. */
final class UiFormats {

    private UiFormats() {
    }

    /** The browser's time zone once it told us (asked on first use), UTC until then. */
    static ZoneId zone(UI ui) {
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

    static String dateTime(@Nullable Instant instant, Locale locale, ZoneId zone) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone).format(instant);
    }

    /** Lumo badge theme of a status: open ones plain, COMPLETED green, EXPIRED/REJECTED red-ish. */
    static String badgeTheme(OrderStatus status) {
        return switch (status) {
            case COMPLETED -> "success";
            case EXPIRED, REJECTED -> "error";
            case IN_PROGRESS -> "contrast";
            default -> "";
        };
    }
}
