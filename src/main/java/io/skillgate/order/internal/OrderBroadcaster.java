package io.skillgate.order.internal;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * apply the viewer's access; nothing of the order travels here. Changes made in this JVM are told as they commit;
 * changes made by other nodes arrive through {@link OrderChangesOfOtherNodes}, which reads them from MariaDB, and are
 * told here unless this JVM told them already (while that reader runs, its own new orders and status changes are
 * remembered for a while).
 */
@Component
public class OrderBroadcaster {

    private static final Logger log = LoggerFactory.getLogger(OrderBroadcaster.class);

    /** How long this JVM's own changes are remembered, so the reader of other nodes' changes does not tell them twice. */
    private static final long REMEMBER_MILLIS = 60_000;
    private static final int REMEMBER_AT_MOST = 50_000;

    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();
    /** "orderId/status" (or "orderId/placed") of changes told by this JVM → when */
    private final Map<String, Long> toldHere = new ConcurrentHashMap<>();
    /** Whether a reader of other nodes' changes runs here: only then are this JVM's own changes remembered. */
    private volatile boolean otherNodesRead;

    /** Registers a listener for one company's orders; call {@link Registration#remove()} when the screen closes. */
    public Registration register(CompanyId companyId, Consumer<OrderChange> onChange) {
        Listener listener = new Listener(companyId, onChange);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(OrderPlaced placed) {
        remember(placedKey(placed.orderId()));
        broadcast(new OrderChange(placed.companyId(), placed.orderId(), null));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(OrderStatusChanged changed) {
        remember(statusKey(changed.orderId(), changed.status()));
        broadcast(new OrderChange(changed.companyId(), changed.orderId(), changed.status()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(OrderNoted noted) {
        broadcast(new OrderChange(noted.companyId(), noted.orderId(), null));
    }

    /** A new order stored by another node (unless it was this one). */
    void placedElsewhere(CompanyId companyId, String orderId) {
        if (toldHere.remove(placedKey(orderId)) == null) {
            broadcast(new OrderChange(companyId, orderId, null));
        }
    }

    /** A timeline entry written by another node: a status change (status given) or a note (unless told here). */
    void changedElsewhere(CompanyId companyId, String orderId, @Nullable OrderStatus status) {
        if (status == null || toldHere.remove(statusKey(orderId, status)) == null) {
            broadcast(new OrderChange(companyId, orderId, status));
        }
    }

    /** Called by the reader of other nodes' changes when it starts: from now on, own changes are remembered. */
    void otherNodesAreRead() {
        otherNodesRead = true;
    }

    private void remember(String key) {
        if (!otherNodesRead) {
            return;
        }
        long now = System.currentTimeMillis();
        if (toldHere.size() >= REMEMBER_AT_MOST) {
            toldHere.values().removeIf(at -> at < now - REMEMBER_MILLIS);
            if (toldHere.size() >= REMEMBER_AT_MOST) {
                toldHere.clear();
            }
        }
        toldHere.put(key, now);
    }

    private static String placedKey(String orderId) {
        return orderId + "/placed";
    }

    private static String statusKey(String orderId, OrderStatus status) {
        return orderId + "/" + status.name();
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
