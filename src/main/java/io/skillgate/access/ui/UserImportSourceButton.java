package io.skillgate.access.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.springframework.core.task.TaskExecutor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;

import io.skillgate.access.UserImportLine;
import io.skillgate.access.UserImportSource;
import io.skillgate.base.CompanyId;

/**
 * "Import from …" on the import page: reads a {@link UserImportSource} in the background, then hands the lines to
 * the page ({@code read}) or says plainly why it could not ({@code told}: not connected, unreachable, refused, busy).
 */
class UserImportSourceButton extends Button {

    UserImportSourceButton(UserImportSource source, CompanyId companyId, TaskExecutor executor,
                           BiConsumer<String, List<UserImportLine>> read, Consumer<String> told) {
        super(VaadinIcon.CLOUD_DOWNLOAD.create());
        String name = source.name();
        setText(getTranslation("access.users.import.source", name));
        setId("user-import-source-" + name.toLowerCase(Locale.ROOT));
        addClickListener(e -> {
            UI ui = UI.getCurrent();
            setEnabled(false);
            told.accept(getTranslation("access.users.import.source.reading", name));
            executor.execute(() -> {
                try {
                    List<UserImportLine> lines = source.lines(companyId);
                    ui.access(() -> read.accept(name, lines));
                } catch (UserImportSource.Unavailable refused) {
                    ui.access(() -> told.accept(getTranslation("access.users.import.source."
                            + refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'), name)));
                } catch (RuntimeException failed) {
                    ui.access(() -> told.accept(getTranslation("access.users.import.source.failed", name)));
                    throw failed;
                } finally {
                    ui.access(() -> setEnabled(true));
                }
            });
        });
    }
}
