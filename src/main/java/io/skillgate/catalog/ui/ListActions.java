package io.skillgate.catalog.ui;

import java.io.Serializable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Moving and removing an item of an editable list (assessments, questions). */
interface ListActions<T> extends Serializable {

    void move(T item, int by);

    void remove(T item);

    /** "Move up", "Move down", "Remove" for the item, labelled for screen readers ({@code what}: text key part). */
    static <T> HorizontalLayout buttons(T item, ListActions<T> actions, String what) {
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> actions.move(item, -1));
        up.setAriaLabel(Texts.get(what + ".up"));
        up.setTooltipText(Texts.get(what + ".up"));
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> actions.move(item, 1));
        down.setAriaLabel(Texts.get(what + ".down"));
        down.setTooltipText(Texts.get(what + ".down"));
        Button remove = new Button(Texts.get(what + ".remove"), e -> actions.remove(item));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        for (Button button : new Button[] {up, down}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        }
        return new HorizontalLayout(up, down, remove);
    }
}
