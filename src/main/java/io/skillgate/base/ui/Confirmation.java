package io.skillgate.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The one way the UI asks before doing something: a dialog with the action's name and Cancel (translated). */
public final class Confirmation {

    private Confirmation() {
    }

    /**
     * Opens the dialog; {@code action} runs only when the user confirms.
     *
     * @param destructive shows the confirm button in the error colour (archive, delete, disconnect)
     */
    public static ConfirmDialog ask(String id, String title, String text, String confirm, boolean destructive,
                                    Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(title, text, confirm, e -> action.run());
        dialog.setId(id);
        dialog.setCancelable(true);
        UI ui = UI.getCurrent();
        dialog.setCancelText(ui == null ? "Cancel" : ui.getTranslation("base.cancel"));
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.open();
        return dialog;
    }
}
