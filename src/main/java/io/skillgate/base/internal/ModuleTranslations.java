package io.skillgate.base.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The UI's texts: one bundle per module in {@code i18n/<module>[_<language>].properties} (UTF-8), so modules do not
 * share one file. English (the file without a language) is the fallback for every key. Messages with parameters go
 * through {@link MessageFormat}; a missing key shows as {@code !key!} and is logged once.
 */
@Component
public class ModuleTranslations implements I18NProvider {

    /** The languages the UI speaks, English first. */
    public static final List<Locale> LANGUAGES =
            List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("pl"));

    private static final Logger log = LoggerFactory.getLogger(ModuleTranslations.class);
    private static final Pattern FILE = Pattern.compile("([a-z0-9-]+?)(?:_([a-z]{2}))?\\.properties");

    /** Texts by language ("" for English, the fallback) and key. */
    private final Map<String, Map<String, String>> texts;
    private final Map<String, Boolean> reportedMissing = new java.util.concurrent.ConcurrentHashMap<>();

    public ModuleTranslations() {
        this.texts = load();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LANGUAGES;
    }

    @Override
    public String getTranslation(String key, @Nullable Locale locale, Object... params) {
        String language = locale == null || locale.getLanguage().equals("en") ? "" : locale.getLanguage();
        String text = texts.getOrDefault(language, Map.of()).get(key);
        if (text == null) {
            text = texts.getOrDefault("", Map.of()).get(key);
        }
        if (text == null) {
            if (reportedMissing.putIfAbsent(key, Boolean.TRUE) == null) {
                log.warn("No text for UI key {}", key);
            }
            return "!" + key + "!";
        }
        return params.length == 0 ? text : new MessageFormat(text, locale == null ? Locale.ENGLISH : locale)
                .format(params);
    }

    /** Every text of every module, by language ("" = English) and key. */
    public static Map<String, Map<String, String>> load() {
        Map<String, Map<String, String>> byLanguage = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*.properties")) {
                Matcher name = FILE.matcher(String.valueOf(resource.getFilename()));
                if (!name.matches()) {
                    continue;
                }
                String language = name.group(2) == null ? "" : name.group(2);
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                Map<String, String> target = byLanguage.computeIfAbsent(language, l -> new HashMap<>());
                properties.stringPropertyNames().forEach(key -> target.put(key, properties.getProperty(key)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the UI's texts", e);
        }
        return byLanguage;
    }
}
