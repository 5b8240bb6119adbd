package io.skillgate.order.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;

import io.skillgate.base.SignedInUser;
import io.skillgate.base.ui.BrowserTime;
import io.skillgate.base.ui.Confirmation;
import io.skillgate.base.Viewer;
import io.skillgate.base.Viewers;
import io.skillgate.order.InvitationService;
import io.skillgate.order.OrderAnswerSheet;
import io.skillgate.order.OrderContext;
import io.skillgate.order.OrderDetails;
import io.skillgate.order.OrderKind;
import io.skillgate.order.OrderRefused;
import io.skillgate.order.OrderService;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.ResultDeliveryLog;
import io.skillgate.order.internal.CandidateMailer;
import io.skillgate.order.internal.OrderBroadcaster;

/**
 * One order: candidate, job and hiring team from SR, the timeline, answers and scores, the PDF report, the result
 * pushes to SR with a replay button, and re-sending the invitation. Updates itself when the order changes.
 */
@Route("orders/:orderId")
@RolesAllowed({"ADMIN", "RECRUITER", "AUDITOR"})
public class OrderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OrderService orders;
    private final transient InvitationService invitations;
    private final transient @Nullable ResultDeliveryLog deliveries;
    private final transient OrderBroadcaster broadcaster;
    private final Viewer viewer;
    private final String actor;
    private final Div content = new Div();
    private @Nullable String orderId;
    private String title = "";

    public OrderView(OrderService orders, InvitationService invitations, ObjectProvider<ResultDeliveryLog> deliveries,
                     Viewers viewers, OrderBroadcaster broadcaster, AuthenticationContext authentication) {
        this.orders = orders;
        this.invitations = invitations;
        this.deliveries = deliveries.getIfAvailable();
        this.broadcaster = broadcaster;
        this.viewer = viewers.require();
        this.actor = authentication.getAuthenticatedUser(SignedInUser.class).map(SignedInUser::email).orElse("?");
        addClassName("order-view");
        content.setWidthFull();
        add(content);
        LiveOrders.keep(this, broadcaster, viewer.companyId(), id -> id.equals(orderId), this::render);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        orderId = event.getRouteParameters().get("orderId").orElse("");
        render();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void render() {
        content.removeAll();
        Optional<OrderDetails> found = load();
        if (found.isEmpty()) {
            title = getTranslation("order.page.notfound.title");
            content.add(breadcrumbs(title), new H2(title), new Paragraph(getTranslation("order.page.notfound.text")));
            return;
        }
        OrderDetails order = found.get();
        // the candidate's name only: the status is in the badge, which live updates change (the header is set once)
        title = order.candidateName();
        content.add(breadcrumbs(order.candidateName()), header(order));
        if (order.attention() != null) {
            Div attention = new Div(VaadinIcon.WARNING.create(), new Span(" " + getTranslation(
                    "order.page.attention", order.attention())));
            attention.setId("order-attention");
            attention.addClassName("attention");
            content.add(attention);
        }
        content.add(facts(order), context(order.context()), timeline(order), answers(), pushes());
    }

    private Optional<OrderDetails> load() {
        if (orderId == null || orderId.isEmpty() || orderId.length() > 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(orders.details(viewer, orderId));
        } catch (OrderRefused refused) {
            return Optional.empty();
        }
    }

    private Component breadcrumbs(String current) {
        OrderedList trail = new OrderedList(new ListItem(new RouterLink(getTranslation("order.list.title"),
                OrderListView.class)), new ListItem(new Span(current)));
        Nav nav = new Nav(trail);
        nav.addClassName("breadcrumbs");
        nav.getElement().setAttribute("aria-label", getTranslation("order.page.breadcrumbs"));
        return nav;
    }

    private Component header(OrderDetails order) {
        H2 name = new H2(order.candidateName());
        Span status = new Span(getTranslation("order.status." + order.status().name()));
        status.setId("order-status");
        status.getElement().getThemeList().add("badge " + UiFormats.badgeTheme(order.status()));
        HorizontalLayout actions = new HorizontalLayout();
        if (!viewer.readOnly() && order.kind() == OrderKind.REGULAR
                && List.of(OrderStatus.RECEIVED, OrderStatus.INVITED, OrderStatus.EXPIRED).contains(order.status())) {
            Button resend = new Button(getTranslation("order.page.resend"), VaadinIcon.ENVELOPE.create(),
                    e -> confirmResend(order));
            resend.setId("order-resend");
            actions.add(resend);
        }
        if (order.status() == OrderStatus.COMPLETED) {
            Anchor report = new Anchor(reportDownload(order.orderId()), "");
            report.setId("order-report");
            report.setRouterIgnore(true);
            Button button = new Button(getTranslation("order.page.report"), VaadinIcon.FILE_TEXT_O.create());
            button.setTabIndex(-1);
            report.add(button);
            actions.add(report);
        }
        HorizontalLayout header = new HorizontalLayout(name, status, actions);
        header.setAlignItems(Alignment.BASELINE);
        header.setWidthFull();
        actions.getStyle().set("margin-inline-start", "auto");
        return header;
    }

    private DownloadHandler reportDownload(String id) {
        return event -> {
            var report = orders.report(viewer, id);
            if (report.isEmpty()) {
                event.getResponse().setStatus(404);
                return;
            }
            event.setFileName(report.get().fileName());
            event.setContentType("application/pdf");
            event.getOutputStream().write(report.get().pdf());
        };
    }

    private void confirmResend(OrderDetails order) {
        Confirmation.ask("order-resend-confirm", getTranslation("order.page.resend.confirm.title"),
                getTranslation("order.page.resend.confirm.text", order.candidateEmail()),
                getTranslation("order.page.resend"), false, () -> resend(order));
    }

    private void resend(OrderDetails order) {
        try {
            invitations.resend(viewer, order.orderId(), actor);
            notify(getTranslation("order.page.resend.done", order.candidateEmail()), NotificationVariant.LUMO_SUCCESS);
        } catch (OrderRefused | CandidateMailer.SendFailed e) {
            notify(getTranslation("order.page.resend.failed", e.getMessage()), NotificationVariant.LUMO_ERROR);
        }
        render();
    }

    private Component facts(OrderDetails order) {
        ZoneId zone = BrowserTime.zone(UI.getCurrent());
        Div facts = new Div();
        facts.setId("order-facts");
        facts.addClassName("facts");
        fact(facts, "order.page.email", order.candidateEmail());
        fact(facts, "order.page.kind", getTranslation("order.kind." + order.kind().name()));
        fact(facts, "order.page.received", BrowserTime.dateTime(order.receivedAt(), getLocale(), zone));
        if (order.expiresAt() != null) {
            fact(facts, "order.page.expires", BrowserTime.dateTime(order.expiresAt(), getLocale(), zone));
        }
        if (order.score() != null) {
            fact(facts, "order.page.score", order.score().raw() + " / " + order.score().max()
                    + (order.scoreLabel() == null ? "" : " · " + order.scoreLabel()));
        }
        fact(facts, "order.page.id", order.orderId());
        return facts;
    }

    private void fact(Div facts, String label, String value) {
        Div row = new Div(new Span(getTranslation(label)), new Span(value));
        row.addClassName("fact");
        facts.add(row);
    }

    private Component context(@Nullable OrderContext context) {
        Div section = new Div(new H3(getTranslation("order.page.context")));
        section.setId("order-context");
        if (context == null) {
            section.add(new Paragraph(getTranslation("order.page.context.none")));
            return section;
        }
        Div facts = new Div();
        facts.addClassName("facts");
        OrderContext.Job job = context.job();
        if (job != null) {
            fact(facts, "order.page.job", join(job.title(), job.refNumber()));
            fact(facts, "order.page.job.where", join(job.department(), job.city(), job.countryCode()));
            if (job.status() != null) {
                fact(facts, "order.page.job.status", job.status());
            }
        }
        for (OrderContext.TeamMember member : context.hiringTeam()) {
            fact(facts, "order.page.team", member.role() + " · " + member.id());
        }
        section.add(facts);
        return section;
    }

    private static String join(@Nullable String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : " · ").append(part);
            }
        }
        return text.toString();
    }

    private Component timeline(OrderDetails order) {
        ZoneId zone = BrowserTime.zone(UI.getCurrent());
        Div section = new Div(new H3(getTranslation("order.page.timeline")));
        OrderedList steps = new OrderedList();
        steps.setId("order-timeline");
        for (OrderDetails.Step step : order.timeline()) {
            steps.add(new ListItem(BrowserTime.dateTime(step.at(), getLocale(), zone) + " — "
                    + getTranslation("order.status." + step.status().name()) + " — " + step.note()
                    + " (" + step.actor() + ")"));
        }
        section.add(steps);
        return section;
    }

    private Component answers() {
        Div section = new Div(new H3(getTranslation("order.page.answers")));
        section.setId("order-answers");
        OrderAnswerSheet sheet = orders.answers(viewer, orderId == null ? "" : orderId);
        boolean anyStarted = sheet.sections().stream().anyMatch(s -> s.startedAt() != null);
        if (!anyStarted) {
            section.add(new Paragraph(getTranslation("order.page.answers.none")));
            return section;
        }
        for (OrderAnswerSheet.Section part : sheet.sections()) {
            section.add(new H3(part.assessmentName() + (part.score() == null ? ""
                    : " — " + part.score().raw() + " / " + part.score().max()
                    + (part.scoreLabel() == null ? "" : " · " + part.scoreLabel()))));
            Grid<OrderAnswerSheet.Item> items = new Grid<>();
            items.addColumn(OrderAnswerSheet.Item::prompt).setHeader(getTranslation("order.page.question"))
                    .setFlexGrow(3);
            items.addColumn(i -> i.answer() == null ? "—" : i.answer()).setHeader(getTranslation("order.page.answer"))
                    .setFlexGrow(2);
            items.addColumn(OrderAnswerSheet.Item::expected).setHeader(getTranslation("order.page.expected"))
                    .setFlexGrow(2);
            items.addColumn(i -> i.points().raw() + " / " + i.points().max())
                    .setHeader(getTranslation("order.page.points")).setAutoWidth(true).setFlexGrow(0);
            items.setItems(part.items());
            items.setAllRowsVisible(true);
            section.add(items);
        }
        return section;
    }

    private Component pushes() {
        Div section = new Div(new H3(getTranslation("order.page.pushes")));
        section.setId("order-pushes");
        if (deliveries == null || orderId == null) {
            return section;
        }
        List<ResultDeliveryLog.Entry> entries = deliveries.entries(viewer.companyId(), orderId);
        if (entries.isEmpty()) {
            section.add(new Paragraph(getTranslation("order.page.pushes.none")));
            return section;
        }
        ZoneId zone = BrowserTime.zone(UI.getCurrent());
        Grid<ResultDeliveryLog.Entry> grid = new Grid<>();
        grid.addColumn(e -> BrowserTime.dateTime(e.createdAt(), getLocale(), zone))
                .setHeader(getTranslation("order.page.pushes.queued")).setAutoWidth(true);
        grid.addColumn(ResultDeliveryLog.Entry::what).setHeader(getTranslation("order.page.pushes.what"));
        grid.addColumn(e -> getTranslation("order.page.pushes.state." + e.state()))
                .setHeader(getTranslation("order.page.pushes.state"));
        grid.addColumn(ResultDeliveryLog.Entry::attempts).setHeader(getTranslation("order.page.pushes.attempts"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.deliveredAt() != null ? BrowserTime.dateTime(e.deliveredAt(), getLocale(), zone)
                : e.lastError() == null ? "" : e.lastError()).setHeader(getTranslation("order.page.pushes.outcome"))
                .setFlexGrow(2);
        grid.addComponentColumn(e -> {
            Button replay = new Button(getTranslation("order.page.pushes.replay"), VaadinIcon.REFRESH.create(),
                    click -> confirmReplay(e));
            replay.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            replay.setEnabled(e.replayable());
            replay.setVisible(!viewer.readOnly());
            replay.setId("order-replay-" + e.id());
            return replay;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private void confirmReplay(ResultDeliveryLog.Entry entry) {
        Confirmation.ask("order-replay-confirm", getTranslation("order.page.pushes.replay.confirm.title"),
                getTranslation("order.page.pushes.replay.confirm.text", entry.what()),
                getTranslation("order.page.pushes.replay"), false, () -> replay(entry));
    }

    private void replay(ResultDeliveryLog.Entry entry) {
        if (deliveries == null || orderId == null) {
            return;
        }
        try {
            orders.details(viewer, orderId);
            deliveries.replay(viewer, orderId, entry.id(), actor);
            notify(getTranslation("order.page.pushes.replay.done"), NotificationVariant.LUMO_SUCCESS);
        } catch (OrderRefused | IllegalArgumentException | IllegalStateException e) {
            notify(getTranslation("order.page.pushes.replay.failed", e.getMessage()), NotificationVariant.LUMO_ERROR);
        }
        render();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
    }
}
