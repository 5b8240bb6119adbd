package io.skillgate.candidate.ui;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.i18n.I18NProvider;

import io.skillgate.order.CandidateLanguage;

/**
 * The candidate's language and the page's texts in it (from {@code i18n/candidate*.properties}, keys
 * {@code candidate.*}). SR sends the application's language as it was set ("de", "de-DE", "fr_FR", …): its first
 * part picks one of ours, anything else is English.
 */
record CandidateTexts(Locale locale) implements Serializable {

    static CandidateTexts forLanguage(@Nullable String language) {
        return new CandidateTexts(CandidateLanguage.of(language));
    }

    String get(String key, Object... params) {
        return I18NProvider.translate(locale, "candidate." + key, params);
    }

    /** A date and time as the candidate's language writes it, in UTC (we do not know their time zone). */
    String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(instant);
    }

    /** A countdown: "4:05", or "1:02:03" from an hour on; never negative. */
    static String countdown(Duration left) {
        long seconds = Math.max(0, (left.toMillis() + 999) / 1000);
        long hours = seconds / 3600;
        return hours > 0 ? "%d:%02d:%02d".formatted(hours, seconds / 60 % 60, seconds % 60)
                : "%d:%02d".formatted(seconds / 60, seconds % 60);
    }
}
