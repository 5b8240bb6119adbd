package io.skillgate.order.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import io.skillgate.base.CompanyId;
import io.skillgate.order.internal.OrderBroadcaster;

/**
 * Keeps a screen live (Vaadin Push): while the component is attached, a committed change of one of the company's
 * orders that {@code concerns} accepts runs {@code refresh} in the UI. Changes arriving while a refresh is queued
 * are folded into it, so a burst of changes costs one reload.
 */
final class LiveOrders {

    private LiveOrders() {
    }

    static void keep(Component component, OrderBroadcaster broadcaster, CompanyId companyId,
                     Predicate<String> concerns, Runnable refresh) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            AtomicBoolean queued = new AtomicBoolean();
            OrderBroadcaster.Registration registration = broadcaster.register(companyId, change -> {
                if (concerns.test(change.orderId()) && queued.compareAndSet(false, true)) {
                    ui.access(() -> {
                        queued.set(false);
                        refresh.run();
                    });
                }
            });
            Registration[] detach = new Registration[1];
            detach[0] = component.addDetachListener(e -> {
                registration.remove();
                detach[0].remove();
            });
        });
    }
}
