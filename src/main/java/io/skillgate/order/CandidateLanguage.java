package io.skillgate.order;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The languages candidates are served in; SR's {@code applicationLanguage} picks one, English otherwise. */
public final class CandidateLanguage {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
            Locale.forLanguageTag("pl"));

    private CandidateLanguage() {
    }

    /** "de", "de-DE", "fr_FR", "PL" → that language; anything else, or nothing, → English. */
    public static Locale of(@Nullable String applicationLanguage) {
        if (applicationLanguage == null || applicationLanguage.isBlank() || applicationLanguage.length() > 35) {
            return Locale.ENGLISH;
        }
        String language = Locale.forLanguageTag(applicationLanguage.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(Locale.ENGLISH);
    }
}
