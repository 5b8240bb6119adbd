package io.skillgate.candidate.ui;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** SR's application language to ours, the countdown's format, and translations that are complete. */
class CandidateTextsTest {

    @Test
    void theLanguagesFirstPartPicksOursAndAnythingElseIsEnglish() {
        assertThat(CandidateTexts.forLanguage("de").locale()).isEqualTo(Locale.GERMAN);
        assertThat(CandidateTexts.forLanguage("de-DE").locale()).isEqualTo(Locale.GERMAN);
        assertThat(CandidateTexts.forLanguage("fr_FR").locale()).isEqualTo(Locale.FRENCH);
        assertThat(CandidateTexts.forLanguage(" PL ").locale()).isEqualTo(new Locale("pl"));
        assertThat(CandidateTexts.forLanguage("es").locale()).isEqualTo(Locale.ENGLISH);
        assertThat(CandidateTexts.forLanguage("").locale()).isEqualTo(Locale.ENGLISH);
        assertThat(CandidateTexts.forLanguage(null).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theCountdownRoundsUpAndNeverGoesNegative() {
        assertThat(CandidateTexts.countdown(Duration.ofSeconds(60))).isEqualTo("1:00");
        assertThat(CandidateTexts.countdown(Duration.ofMillis(14_001))).isEqualTo("0:15");
        assertThat(CandidateTexts.countdown(Duration.ofSeconds(3723))).isEqualTo("1:02:03");
        assertThat(CandidateTexts.countdown(Duration.ofSeconds(-5))).isEqualTo("0:00");
    }

    @Test
    void everyLanguageTranslatesEveryKeyAndNoneIsEnglishByAccident() throws IOException {
        Properties english = load("candidate.properties");
        assertThat(english.stringPropertyNames()).isNotEmpty().allMatch(key -> key.startsWith("candidate."));
        for (String language : new String[] {"de", "fr", "pl"}) {
            Properties translated = load("candidate_" + language + ".properties");
            assertThat(translated.stringPropertyNames()).as(language)
                    .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
            assertThat(translated.getProperty("candidate.refused.UNKNOWN")).as(language)
                    .isNotEqualTo(english.getProperty("candidate.refused.UNKNOWN"));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                CandidateTextsTest.class.getResourceAsStream("/i18n/" + name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
