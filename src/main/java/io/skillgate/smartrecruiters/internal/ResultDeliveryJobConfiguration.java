package io.skillgate.smartrecruiters.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;

import io.skillgate.smartrecruiters.ResultDeliveryProperties;
import io.skillgate.smartrecruiters.ResultDeliveryService;

/**
 * The delivery job: a db-scheduler recurring task, so one node at a time runs it (the scheduler's row in
 * {@code scheduled_tasks} is picked by one node), and a node that dies mid-run hands it on. Off in in-JVM tests
 * ({@code db-scheduler.enabled=false}), which call {@link ResultDeliveryService#deliverDue()} themselves.
 */
@Configuration(proxyBeanMethods = false)
class ResultDeliveryJobConfiguration {

    static final String NAME = "smartrecruiters-result-delivery";

    @Bean
    RecurringTask<Void> resultDeliveryTask(ResultDeliveryService deliveries, ResultDeliveryProperties properties) {
        return Tasks.recurring(NAME, FixedDelay.of(properties.interval()))
                .execute((instance, context) -> deliveries.deliverDue());
    }
}
