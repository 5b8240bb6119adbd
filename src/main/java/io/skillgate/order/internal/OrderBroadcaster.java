package io.skillgate.order.internal;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import io.skillgate.base.CompanyId;
import io.skillgate.order.OrderPlaced;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.OrderStatusChanged;

/**
 * Tells open screens (the orders grid, an order page, the dashboard) that a company's order changed, once the change
 * is committed. Listeners get the company and the order's id and reload what they show through the services, which
 * apply the viewer's access; nothing of the order travels here. In this JVM only: a screen on another node learns of
 * the change from its own periodic refresh.
 */
@Component
public class OrderBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(OrderBroadcaster.class);

    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();

    /** Registers a listener for one company's orders; call {@link Registration#remove()} when the screen closes. */
    public Registration register(CompanyId companyId, Consumer<OrderChange> onChange) {
        Listener listener = new Listener(companyId, onChange);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(OrderPlaced placed) {
        broadcast(new OrderChange(placed.companyId(), placed.orderId(), null));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(OrderStatusChanged changed) {
        broadcast(new OrderChange(changed.companyId(), changed.orderId(), changed.status()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(OrderNoted noted) {
        broadcast(new OrderChange(noted.companyId(), noted.orderId(), null));
    }

    private void broadcast(OrderChange change) {
        for (Listener listener : listeners) {
            if (listener.companyId.equals(change.companyId())) {
                try {
                    listener.onChange.accept(change);
                } catch (RuntimeException e) {
                    log.warn("A screen could not take the change of order {}: {}", change.orderId(), e.toString());
                }
            }
        }
    }

    /** Ends a registration. */
    @FunctionalInterface
    public interface Registration {
        void remove();
    }

    /**
     * A committed change of an order.
     *
     * @param status the new status when the status changed; none for a new order or a change that keeps the status
     */
    public record OrderChange(CompanyId companyId, String orderId, @Nullable OrderStatus status) {
    }

    private record Listener(CompanyId companyId, Consumer<OrderChange> onChange) {
        // identity semantics: two registrations of the same lambda are two listeners
        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }

    /** A change of an order that keeps its status (a note in its timeline, SR's context arrived). */
    public record OrderNoted(CompanyId companyId, String orderId) {
    }
}
