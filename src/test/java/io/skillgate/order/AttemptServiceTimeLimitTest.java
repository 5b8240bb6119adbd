package io.skillgate.order;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import io.skillgate.candidate.CandidateFixture;
import io.skillgate.support.MovableClockConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's time limit: an answer after the deadline is refused, and the closing it caused is kept. */
@SpringBootTest
@Import(MovableClockConfiguration.class)
class AttemptServiceTimeLimitTest {

    @Autowired
    private ApplicationContext context;

    @Autowired
    private AttemptService attempts;

    @Autowired
    private OrderService orders;

    @Autowired
    private Clock clock;

    @Test
    void aLateAnswerIsRefusedAndTheAssessmentStaysSubmitted() {
        CandidateFixture.Link link = new CandidateFixture(context).inlineOrder(
                List.of(CandidateFixture.basicsAndSpeed().get(1)), null, null);
        String assessment = link.content().assessments().get(0).id();
        String question = CandidateFixture.question(link, 0, 0);
        attempts.start(link.token(), assessment);
        attempts.answer(link.token(), question, "0");
        MovableClockConfiguration.of(clock).advance(Duration.ofSeconds(61));

        assertThatThrownBy(() -> attempts.answer(link.token(), question, "1"))
                .isInstanceOfSatisfying(AnswerRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AnswerRefused.Reason.TIME_UP));

        // the refusal closed the (only) assessment: the order is completed without another call to open()
        assertThat(orders.report(link.company(), link.orderId())).isPresent();
        assertThatThrownBy(() -> attempts.answer(link.token(), question, "1"))
                .isInstanceOfSatisfying(CandidateLinkRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(CandidateLinkRefused.Reason.FINISHED));
    }
}
