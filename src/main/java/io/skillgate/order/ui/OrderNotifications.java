package io.skillgate.order.ui;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import io.skillgate.base.Viewer;
import io.skillgate.base.Viewers;
import io.skillgate.order.OrderDetails;
import io.skillgate.order.OrderRefused;
import io.skillgate.order.OrderService;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.internal.OrderBroadcaster;

/**
 * Background results where the user is: whatever page a signed-in company user has open, an order of theirs that
 * completes or expires shows a notification with a link to it. The viewer is the one of the page's start; each
 * notification reads the order through it, so nothing outside the user's access groups is announced.
 */
@Component
class OrderNotifications implements VaadinServiceInitListener {

    static final Set<OrderStatus> ANNOUNCED = Set.of(OrderStatus.COMPLETED, OrderStatus.EXPIRED);

    private final Viewers viewers;
    private final OrderService orders;
    private final OrderBroadcaster broadcaster;

    OrderNotifications(Viewers viewers, OrderService orders, OrderBroadcaster broadcaster) {
        this.viewers = viewers;
        this.orders = orders;
        this.broadcaster = broadcaster;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addBeforeEnterListener(enter -> {
                if (ComponentUtil.getData(ui, OrderNotifications.class) == null) {
                    viewers.current().ifPresent(viewer -> watch(ui, viewer));
                }
            });
        });
    }

    /** From the first page a signed-in company user opens in this UI (the sign-in itself is a page of its own). */
    private void watch(UI ui, Viewer viewer) {
        ComponentUtil.setData(ui, OrderNotifications.class, this);
        OrderBroadcaster.Registration registration = broadcaster.register(viewer.companyId(), change -> {
            if (change.status() != null && ANNOUNCED.contains(change.status())) {
                ui.access(() -> announce(ui, viewer, change.orderId()));
            }
        });
        ui.addDetachListener(detach -> registration.remove());
    }

    private void announce(UI ui, Viewer viewer, String orderId) {
        OrderDetails order;
        try {
            order = orders.details(viewer, orderId);
        } catch (OrderRefused notVisible) {
            return;
        }
        String text = order.status() == OrderStatus.COMPLETED
                ? ui.getTranslation("order.notify.completed", order.candidateName(), order.score() == null ? ""
                        : order.score().raw() + " / " + order.score().max())
                : ui.getTranslation("order.notify.expired", order.candidateName());
        Notification notification = new Notification();
        notification.addClassName("order-notification");
        notification.setDuration(10_000);
        notification.setPosition(Notification.Position.BOTTOM_END);
        notification.addThemeVariants(order.status() == OrderStatus.COMPLETED ? NotificationVariant.LUMO_SUCCESS
                : NotificationVariant.LUMO_CONTRAST);
        Button open = new Button(ui.getTranslation("order.notify.open"), click -> {
            notification.close();
            ui.navigate(OrderView.class, new RouteParameters("orderId", orderId));
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        notification.add(new HorizontalLayout(new Span(text), open));
        notification.open();
    }
}
