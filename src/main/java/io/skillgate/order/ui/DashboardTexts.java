package io.skillgate.order.ui;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;

import io.skillgate.order.OrderStatus;

/** How the dashboard writes its figures, in the UI's language. */
final class DashboardTexts {

    /** Shown for a rate or median that does not exist (nothing decided or completed). */
    static final String NONE = "—";

    private final Component component;
    private final Supplier<@Nullable Locale> locale;

    DashboardTexts(Component component, Supplier<@Nullable Locale> locale) {
        this.component = component;
        this.locale = locale;
    }

    private Locale locale() {
        Locale current = locale.get();
        return current == null ? Locale.ENGLISH : current;
    }

    String count(long count) {
        return NumberFormat.getIntegerInstance(locale()).format(count);
    }

    String rate(@Nullable Double rate) {
        if (rate == null) {
            return NONE;
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale());
        percent.setMaximumFractionDigits(0);
        return percent.format(rate);
    }

    /** "3 d 4 h", "2 h 5 min", "7 min": the two largest units, rounded down. */
    String duration(@Nullable Duration duration) {
        if (duration == null) {
            return NONE;
        }
        if (duration.toDays() > 0) {
            return component.getTranslation("order.dashboard.duration.days", duration.toDays(),
                    duration.toHoursPart());
        }
        if (duration.toHours() > 0) {
            return component.getTranslation("order.dashboard.duration.hours", duration.toHours(),
                    duration.toMinutesPart());
        }
        return component.getTranslation("order.dashboard.duration.minutes", duration.toMinutes());
    }

    String status(OrderStatus status) {
        return component.getTranslation("order.dashboard.status." + status.name());
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    String shortDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()).format(date);
    }

    /** Lumo's colours (custom properties, so the dark theme has its own): done green, lost red, open neutral. */
    static String colour(OrderStatus status) {
        return switch (status) {
            case COMPLETED -> "var(--lumo-success-color)";
            case EXPIRED -> "var(--lumo-warning-color, var(--lumo-contrast-60pct))";
            case REJECTED -> "var(--lumo-error-color)";
            case RECEIVED, INVITED, IN_PROGRESS -> "var(--lumo-primary-color)";
        };
    }
}
