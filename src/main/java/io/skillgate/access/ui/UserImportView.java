package io.skillgate.access.ui;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskExecutor;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.access.UserException;
import io.skillgate.access.UserImportCsv;
import io.skillgate.access.UserImportLine;
import io.skillgate.access.UserImportReport;
import io.skillgate.access.UserImportResult;
import io.skillgate.access.UserImportResult.Outcome;
import io.skillgate.access.UserImportService;
import io.skillgate.access.UserImportSource;
import io.skillgate.base.CompanyId;

/**
 * Company admins: bulk import of users from a CSV file. The upload is checked at once (a dry run: every line's
 * outcome, errors at their line, nothing saved); "Apply" writes the valid lines in the background while a progress
 * bar follows each chunk (Vaadin Push); the result per line downloads as CSV. Each {@link UserImportSource} (e.g.
 * SmartRecruiters) adds an "Import from …" button whose lines get the same preview and apply.
 */
@Route("users/import")
@RolesAllowed("ADMIN")
public class UserImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = 4 * 1024 * 1024;

    private final UserImportService imports;
    private final TaskExecutor executor;
    private final @Nullable PortalUserPrincipal admin;
    private final Paragraph summary = new Paragraph();
    private final Grid<UserImportResult> grid = new Grid<>();
    private final Button apply = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Anchor download = new Anchor();
    private List<UserImportLine> lines = List.of();
    private @Nullable UserImportReport report;

    public UserImportView(AuthenticationContext authenticationContext, UserImportService imports,
                          TaskExecutor executor, ObjectProvider<UserImportSource> sources) {
        this.imports = imports;
        this.executor = executor;
        this.admin = authenticationContext.getAuthenticatedUser(PortalUserPrincipal.class).orElse(null);
        setSizeFull();
        Upload upload = new Upload((UploadHandler) event -> {
            byte[] data;
            try (InputStream in = event.getInputStream()) {
                data = in.readNBytes(MAX_BYTES + 1);
            }
            String name = event.getFileName();
            event.getUI().access(() -> received(name, data));
        });
        upload.setId("user-import-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        summary.setId("user-import-summary");
        apply.setText(getTranslation("access.users.import.apply"));
        apply.setId("user-import-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(false);
        apply.addClickListener(e -> start());
        progress.setId("user-import-progress");
        progress.setVisible(false);
        download.setId("user-import-download");
        download.setRouterIgnore(true);
        download.setText(getTranslation("access.users.import.download"));
        download.setVisible(false);
        configureGrid();
        Paragraph help = new Paragraph(getTranslation("access.users.import.help"));
        help.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0");
        HorizontalLayout from = new HorizontalLayout(upload);
        from.setAlignItems(Alignment.CENTER);
        if (admin != null) {
            CompanyId companyId = admin.requireCompanyId();
            sources.orderedStream().forEach(source -> from.add(new UserImportSourceButton(source, companyId, executor,
                    this::preview, text -> {
                        reset();
                        summary.setText(text);
                    })));
        }
        add(new RouterLink(getTranslation("access.users.import.back"), UserListView.class), help, from, summary,
                new HorizontalLayout(apply, download), progress, grid);
    }

    private void reset() {
        apply.setEnabled(false);
        download.setVisible(false);
        report = null;
        lines = List.of();
        grid.setItems(List.of());
    }

    private void configureGrid() {
        grid.setId("user-import-results");
        grid.addColumn(UserImportResult::line).setHeader(getTranslation("access.users.import.column.line"))
                .setKey("line").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UserImportResult::email).setHeader(getTranslation("access.users.import.column.email"))
                .setKey("email").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("access.users.import.outcome." + r.outcome().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("access.users.import.column.outcome")).setKey("outcome").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(UserImportResult::message).setHeader(getTranslation("access.users.import.column.message"))
                .setTooltipGenerator(UserImportResult::message).setKey("message").setFlexGrow(3);
        grid.setSizeFull();
    }

    private void received(String fileName, byte[] data) {
        reset();
        if (admin == null) {
            return;
        }
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            summary.setText(getTranslation("access.users.import.not-csv"));
            return;
        }
        if (data.length > MAX_BYTES) {
            summary.setText(getTranslation("access.users.import.too-large"));
            return;
        }
        try {
            preview(fileName, UserImportCsv.read(new InputStreamReader(new ByteArrayInputStream(data),
                    StandardCharsets.UTF_8)));
        } catch (UserException e) {
            summary.setText(getTranslation("access.users.import.unreadable", e.getMessage()));
        }
    }

    /** A dry run of the lines read from {@code origin}: every line's outcome, nothing saved. */
    private void preview(String origin, List<UserImportLine> read) {
        if (admin == null) {
            return;
        }
        try {
            show(imports.run(admin, read, true, (done, total) -> { }));
        } catch (UserException e) {
            summary.setText(getTranslation("access.users.import.unreadable", e.getMessage()));
            return;
        }
        lines = read;
        summary.setText(getTranslation("access.users.import.preview", origin, count(Outcome.CREATED),
                count(Outcome.UPDATED), count(Outcome.UNCHANGED), count(Outcome.ERROR)));
        apply.setEnabled(report != null && report.hasChanges());
    }

    private void start() {
        PortalUserPrincipal user = admin;
        if (user == null) {
            return;
        }
        UI ui = UI.getCurrent();
        List<UserImportLine> toApply = lines;
        apply.setEnabled(false);
        progress.setValue(0);
        progress.setVisible(true);
        summary.setText(getTranslation("access.users.import.running"));
        executor.execute(() -> {
            try {
                UserImportReport done = imports.run(user, toApply, false, (written, total) -> ui.access(() ->
                        progress.setValue(total == 0 ? 1 : written / (double) total)));
                ui.access(() -> {
                    show(done);
                    progress.setVisible(false);
                    summary.setText(getTranslation("access.users.import.done", count(Outcome.CREATED),
                            count(Outcome.UPDATED), count(Outcome.UNCHANGED), count(Outcome.ERROR)));
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    progress.setVisible(false);
                    summary.setText(getTranslation("access.users.import.failed"));
                });
                throw e;
            }
        });
    }

    private void show(UserImportReport shown) {
        report = shown;
        grid.setItems(shown.results());
        download.setHref(csv(shown));
        download.setVisible(true);
    }

    private long count(Outcome outcome) {
        return report == null ? 0 : report.count(outcome);
    }

    private static DownloadHandler csv(UserImportReport shown) {
        return event -> {
            event.setFileName(shown.dryRun() ? "user-import-preview.csv" : "user-import-result.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                UserImportCsv.write(shown, out);
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.users.import.title");
    }
}
