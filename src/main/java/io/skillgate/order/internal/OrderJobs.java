package io.skillgate.order.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.skillgate.order.InvitationService;
import io.skillgate.order.OrderProperties;

/**
 * The order module's background work, as db-scheduler recurring tasks: each runs on one node at a time whatever the
 * number of nodes, and a killed node's run is picked up by another after its heartbeat lapses.
 */
@Configuration(proxyBeanMethods = false)
class OrderJobs {

    @Bean
    RecurringTask<Void> orderInvitations(InvitationService invitations, OrderProperties properties) {
        return Tasks.recurring("order-invitations", FixedDelay.of(properties.invitationInterval()))
                .execute((instance, context) -> invitations.inviteDue());
    }

    @Bean
    RecurringTask<Void> orderRemindersAndExpiry(InvitationService invitations, OrderProperties properties) {
        return Tasks.recurring("order-reminders-expiry", FixedDelay.of(properties.lifecycleInterval()))
                .execute((instance, context) -> {
                    invitations.expireDue();
                    invitations.remindDue();
                });
    }
}
