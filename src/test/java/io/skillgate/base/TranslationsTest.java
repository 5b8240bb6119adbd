package io.skillgate.base;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.skillgate.base.internal.ModuleTranslations;

import static org.assertj.core.api.Assertions.assertThat;

/** Every module's texts exist in every language the UI offers, with exactly the English keys. */
class TranslationsTest {

    @Test
    void everyBundleHasEveryLanguageWithExactlyTheEnglishKeys() throws IOException {
        Map<String, Properties> files = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            files.put(resource.getFilename(), properties);
        }
        var english = files.keySet().stream().filter(name -> !name.matches(".*_[a-z]{2}\\.properties")).toList();
        assertThat(english).contains("candidate.properties");
        for (String bundle : english) {
            String module = bundle.substring(0, bundle.length() - ".properties".length());
            assertThat(files.get(bundle).stringPropertyNames()).as(bundle).isNotEmpty()
                    .allMatch(key -> key.startsWith(module + "."), "starts with " + module + ".");
            for (Locale language : ModuleTranslations.LANGUAGES.subList(1, ModuleTranslations.LANGUAGES.size())) {
                String translated = module + "_" + language.getLanguage() + ".properties";
                assertThat(files).as(translated).containsKey(translated);
                assertThat(files.get(translated).stringPropertyNames()).as(translated)
                        .containsExactlyInAnyOrderElementsOf(files.get(bundle).stringPropertyNames());
            }
        }
    }

    /**
     * A text with a parameter goes through {@link MessageFormat}, where a single quote starts a quoted section: the
     * parameter would show as "{0}" and the quote vanish. Such texts write a quote as two ('').
     */
    @Test
    void everyTextWithAParameterDoublesItsQuotesSoTheParameterIsFilledIn() throws IOException {
        Pattern placeholder = Pattern.compile("\\{(\\d+)[^}]*}");
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (String key : properties.stringPropertyNames()) {
                String text = properties.getProperty(key);
                Matcher parameters = placeholder.matcher(text);
                if (!parameters.find()) {
                    continue;
                }
                String where = resource.getFilename() + " " + key;
                assertThat(text.replace("''", "")).as(where + ": a single quote in a text with parameters")
                        .doesNotContain("'");
                int index = Integer.parseInt(parameters.group(1));
                Object[] arguments = new Object[index + 1];
                java.util.Arrays.setAll(arguments, i -> "ARG" + i);
                assertThat(new MessageFormat(text, Locale.ENGLISH).format(arguments)).as(where)
                        .contains("ARG" + index);
            }
        }
    }

    @Test
    void aKeyFallsBackToEnglishAndAMissingOneIsVisible() {
        ModuleTranslations translations = new ModuleTranslations();
        assertThat(translations.getTranslation("candidate.welcome.greeting", Locale.GERMAN, "Ada"))
                .isEqualTo("Hallo Ada,");
        assertThat(translations.getTranslation("candidate.title", Locale.ITALIAN))
                .isEqualTo(translations.getTranslation("candidate.title", Locale.ENGLISH));
        assertThat(translations.getTranslation("candidate.welcome.greeting", Locale.ENGLISH, "Ada"))
                .contains("Ada");
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
