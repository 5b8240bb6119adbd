package io.skillgate.audit.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import io.skillgate.audit.AuditQuery;
import io.skillgate.base.CompanyId;

/**
 * The audit screen's filters, and their form in the address ({@code ?action=sso.&actor=ada&text=100%&from=2026-11-01
 * &to=2026-11-30&company=7}); unknown or malformed values are ignored. The company filter is for operators only.
 */
class AuditFilterForm extends FlexLayout {

    private static final int MAX_LENGTH = 100;

    private final TextField action = new TextField();
    private final TextField actor = new TextField();
    private final TextField text = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final IntegerField company = new IntegerField();
    private final boolean operator;
    private final Runnable changed;
    private boolean restoring;

    AuditFilterForm(boolean operator, Runnable changed) {
        this.operator = operator;
        this.changed = changed;
        action.setId("audit-action");
        action.setLabel(getTranslation("audit.log.filter.action"));
        action.setPlaceholder(getTranslation("audit.log.filter.action.placeholder"));
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.log.filter.actor"));
        actor.setPlaceholder(getTranslation("audit.log.filter.actor.placeholder"));
        text.setId("audit-text");
        text.setLabel(getTranslation("audit.log.filter.text"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        for (TextField field : List.of(action, actor, text)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.setMaxLength(MAX_LENGTH);
            field.addValueChangeListener(e -> fire());
        }
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.log.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.log.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setClearButtonVisible(true);
            picker.setLocale(getLocale());
            picker.addValueChangeListener(e -> fire());
        }
        company.setId("audit-company");
        company.setLabel(getTranslation("audit.log.filter.company"));
        company.setMin(1);
        company.setClearButtonVisible(true);
        company.addValueChangeListener(e -> fire());

        add(action, actor, text, from, to);
        if (operator) {
            add(company);
        }
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-s)");
    }

    private void fire() {
        if (!restoring) {
            changed.run();
        }
    }

    /** Sets the filters from the address's parameters (absent ones cleared), without a callback for each. */
    void restore(Map<String, List<String>> parameters) {
        restoring = true;
        try {
            action.setValue(first(parameters, "action").map(AuditFilterForm::limit).orElse(""));
            actor.setValue(first(parameters, "actor").map(AuditFilterForm::limit).orElse(""));
            text.setValue(first(parameters, "text").map(AuditFilterForm::limit).orElse(""));
            from.setValue(first(parameters, "from").flatMap(AuditFilterForm::date).orElse(null));
            to.setValue(first(parameters, "to").flatMap(AuditFilterForm::date).orElse(null));
            company.setValue(operator ? first(parameters, "company").flatMap(AuditFilterForm::companyId)
                    .orElse(null) : null);
        } finally {
            restoring = false;
        }
    }

    /** The filters as address parameters (empty ones left out). */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        putIfSet(parameters, "action", action.getValue());
        putIfSet(parameters, "actor", actor.getValue());
        putIfSet(parameters, "text", text.getValue());
        if (from.getValue() != null) {
            parameters.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            parameters.put("to", to.getValue().toString());
        }
        if (operator && company.getValue() != null) {
            parameters.put("company", company.getValue().toString());
        }
        return parameters;
    }

    /** The query of the filters, days counted in the given time zone ("to" includes its whole day). */
    AuditQuery query(ZoneId zone) {
        Integer companyValue = company.getValue();
        return new AuditQuery(action.getValue(), actor.getValue(), text.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(zone).toInstant(),
                operator && companyValue != null && companyValue > 0 ? new CompanyId(companyValue) : null);
    }

    private static void putIfSet(Map<String, String> parameters, String name, String value) {
        if (!value.isBlank()) {
            parameters.put(name, value);
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static String limit(String value) {
        return value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value;
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> companyId(String value) {
        try {
            int id = Integer.parseInt(value.strip());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
