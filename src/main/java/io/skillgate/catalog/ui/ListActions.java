package io.skillgate.catalog.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * An editable, ordered list of item editors (assessments, questions) shown in one box: items move and are removed
 * by their own buttons ({@link #buttons}) and are numbered 1, 2, … in their order.
 */
final class ListActions<T extends Component & ListActions.Numbered> implements Serializable {

    /** An item that shows its place in the list. */
    interface Numbered {
        void setNumber(int number);
    }

    private final List<T> items = new ArrayList<>();
    private final Div box = new Div();

    /** Where the items are shown. */
    Div box() {
        return box;
    }

    List<T> items() {
        return Collections.unmodifiableList(items);
    }

    void add(T item) {
        items.add(item);
        renumber();
    }

    void clear() {
        items.clear();
        renumber();
    }

    void move(T item, int by) {
        int at = items.indexOf(item);
        int to = at + by;
        if (at >= 0 && to >= 0 && to < items.size()) {
            items.remove(at);
            items.add(to, item);
            renumber();
        }
    }

    void remove(T item) {
        items.remove(item);
        renumber();
    }

    private void renumber() {
        box.removeAll();
        for (int i = 0; i < items.size(); i++) {
            items.get(i).setNumber(i + 1);
            box.add(items.get(i));
        }
    }

    /** "Move up", "Move down", "Remove" for the item, labelled for screen readers ({@code what}: text key part). */
    static <T extends Component & Numbered> HorizontalLayout buttons(T item, ListActions<T> actions, String what) {
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
