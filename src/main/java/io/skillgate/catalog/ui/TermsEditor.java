package io.skillgate.catalog.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.catalog.PackageTerms;
import io.skillgate.catalog.ScoreBand;

/** The package's terms: invitation expiry, reminders and the score bands that label a result. */
class TermsEditor extends Div {

    private final IntegerField invitationDays = number("terms.invitationDays", 1, 90);
    private final IntegerField reminderHours = number("terms.reminderHours", 1, 2160);
    private final IntegerField maxReminders = number("terms.maxReminders", 0, 10);
    private final List<BandRow> bands = new ArrayList<>();
    private final Div bandRows = new Div();
    private final Span problem = new Span();

    TermsEditor(PackageTerms terms) {
        invitationDays.setValue(terms.invitationDays());
        reminderHours.setValue(terms.reminderHours());
        reminderHours.setHelperText(Texts.get("terms.reminderHours.help"));
        maxReminders.setValue(terms.maxReminders());
        terms.scoreBands().forEach(this::addBand);
        Button add = new Button(Texts.get("terms.band.add"), e -> addBand(new ScoreBand(0, "")).label.focus());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        add(new H3(Texts.get("terms.heading")), new HorizontalLayout(invitationDays, reminderHours, maxReminders),
                new Span(Texts.get("terms.bands")), bandRows, add, problem);
    }

    private static IntegerField number(String key, int min, int max) {
        IntegerField field = new IntegerField(Texts.get(key));
        field.setMin(min);
        field.setMax(max);
        field.setStepButtonsVisible(true);
        return field;
    }

    private BandRow addBand(ScoreBand band) {
        BandRow row = new BandRow(band);
        bands.add(row);
        bandRows.add(row);
        return row;
    }

    PackageTerms value() {
        return new PackageTerms(orZero(invitationDays), orZero(reminderHours), orZero(maxReminders),
                bands.stream().map(b -> new ScoreBand(orZero(b.from), b.label.getValue())).toList());
    }

    private static int orZero(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** Shows the service's refusal of a {@code terms…} field. */
    void showProblem(String field, String message) {
        IntegerField target = switch (field) {
            case "terms.invitationDays" -> invitationDays;
            case "terms.reminderHours" -> reminderHours;
            case "terms.maxReminders" -> maxReminders;
            default -> null;
        };
        if (target != null) {
            target.setInvalid(true);
            target.setErrorMessage(message);
        } else {
            problem.setText(message);
        }
    }

    void clearProblems() {
        problem.setText("");
        invitationDays.setInvalid(false);
        reminderHours.setInvalid(false);
        maxReminders.setInvalid(false);
    }

    private final class BandRow extends HorizontalLayout {

        private final IntegerField from = number("terms.band.from", 0, 100);
        private final TextField label = new TextField(Texts.get("terms.band.label"));

        private BandRow(ScoreBand band) {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            from.setValue(band.fromPercent());
            label.setValue(band.label());
            Button remove = new Button(Texts.get("terms.band.remove"), e -> {
                bands.remove(this);
                bandRows.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(from, label, remove);
        }
    }
}
