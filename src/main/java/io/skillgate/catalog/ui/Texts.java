package io.skillgate.catalog.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;

/** The catalog's UI texts ({@code i18n/catalog*.properties}, keys {@code catalog.*}) in the UI's language. */
final class Texts {

    private Texts() {
    }

    static String get(String key, Object... params) {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.ENGLISH : ui.getLocale();
        return I18NProvider.translate(locale, "catalog." + key, params);
    }
}
