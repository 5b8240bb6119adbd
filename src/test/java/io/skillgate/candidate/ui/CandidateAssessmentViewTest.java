package io.skillgate.candidate.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.candidate.CandidateFixture;
import io.skillgate.candidate.CandidateFixture.Link;
import io.skillgate.catalog.AssessmentType;
import io.skillgate.catalog.CreatePackageCommand.NewAssessment;
import io.skillgate.catalog.NewQuestion;
import io.skillgate.order.OrderService;
import io.skillgate.order.OrderStatus;
import io.skillgate.order.OrderStatusChanged;
import io.skillgate.order.Score;
import io.skillgate.support.KaribuTest;
import io.skillgate.support.MovableClock;
import io.skillgate.support.MovableClockConfiguration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static io.skillgate.candidate.CandidateFixture.question;
import static org.assertj.core.api.Assertions.assertThat;

/** The candidate's page on the real engine: a session walked end to end, resumed, timed out, refused, translated. */
@Import(MovableClockConfiguration.class)
@RecordApplicationEvents
class CandidateAssessmentViewTest extends KaribuTest {

    @Autowired
    private OrderService orders;

    @Autowired
    private Clock clock;

    @Autowired
    private ApplicationEvents events;

    private CandidateFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CandidateFixture(context);
    }

    private static void open(Link link) {
        UI.getCurrent().navigate("assessment/" + link.token());
    }

    private static String text() {
        return _get(CandidateAssessmentView.class).getElement().getTextRecursively();
    }

    private static String byId(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static <T extends com.vaadin.flow.component.Component> T field(Link link, int assessment, int index, Class<T> type) {
        return _get(type, spec -> spec.withId("question-" + question(link, assessment, index)));
    }

    private static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    /** Answers "Basics": 2 + 2 = 4 right, primes 2 and 5 right, Paris right, pi 3.2 wrong. */
    @SuppressWarnings("unchecked")
    private static void answerBasics(Link link) {
        _setValue(field(link, 0, 0, RadioButtonGroup.class), 1);
        _setValue(field(link, 0, 1, CheckboxGroup.class), Set.of(2, 0));
        _setValue(field(link, 0, 2, TextField.class), " paris ");
        _setValue(field(link, 0, 3, TextField.class), "3,2");
    }

    private Score completedScore(Link link) {
        return events.stream(OrderStatusChanged.class)
                .filter(e -> e.orderId().equals(link.orderId()) && e.status() == OrderStatus.COMPLETED)
                .map(e -> java.util.Objects.requireNonNull(e.result()).score()).findFirst().orElseThrow();
    }

    @Test
    void aSessionWalkedEndToEndIsScoredAndCompleted() {
        Link link = fixture.inlineOrder(CandidateFixture.basicsAndSpeed(), "en", null);
        open(link);

        assertThat(text()).contains("Java Skills").contains("Hello Ada").contains("Basics").contains("Questions: 4")
                .contains("No time limit").contains("Speed").contains("Time limit: 1 min").contains("valid until");
        click("candidate-start");

        assertThat(text()).contains("Part 1 of 2").contains("2 + 2?").contains("Capital of France?");
        assertThat(_find(Span.class, spec -> spec.withId("candidate-timer"))).isEmpty(); // untimed: hidden
        answerBasics(link);
        assertThat(byId("candidate-saved")).isEqualTo("Saved");
        click("candidate-submit");

        assertThat(text()).contains("Done").contains("Start “Speed”");
        click("candidate-start");
        assertThat(byId("candidate-timer")).isEqualTo("Time left: 1:00");
        _setValue(field(link, 1, 0, RadioButtonGroup.class), 1);
        click("candidate-submit");

        assertThat(byId("candidate-done")).contains("Your answers have been submitted");
        assertThat(_find(Button.class, spec -> spec.withId("candidate-start"))).isEmpty();
        assertThat(completedScore(link)).isEqualTo(new Score(4, 0, 5));
        assertThat(orders.report(link.company(), link.orderId())).isPresent();
    }

    @Test
    void aReloadResumesWithTheSavedAnswers() {
        Link link = fixture.inlineOrder(CandidateFixture.basicsAndSpeed(), null, null);
        open(link);
        click("candidate-start");
        answerBasics(link);

        MockVaadin.tearDown(); // a new browser tab: a fresh UI that knows nothing but the link
        MockVaadin.setup(UI::new, new MockSpringServlet(new Routes().autoDiscoverViews("io.skillgate"), context,
                UI::new));
        open(link);

        assertThat(field(link, 0, 0, RadioButtonGroup.class).getValue()).isEqualTo(1);
        assertThat(field(link, 0, 1, CheckboxGroup.class).getValue()).isEqualTo(Set.of(0, 2));
        assertThat(field(link, 0, 2, TextField.class).getValue()).isEqualTo(" paris ");
        assertThat(field(link, 0, 3, TextField.class).getValue()).isEqualTo("3,2");
    }

    @Test
    void anInvalidNumberIsNotSavedAndTheFieldSaysWhy() {
        Link link = fixture.inlineOrder(CandidateFixture.basicsAndSpeed(), null, null);
        open(link);
        click("candidate-start");

        TextField number = field(link, 0, 3, TextField.class);
        _setValue(number, "1.2.3");

        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo("Please enter a number.");
        assertThat(byId("candidate-saved")).contains("could not be saved");
        open(link); // what the server holds
        assertThat(field(link, 0, 3, TextField.class).getValue()).isEmpty();
    }

    @Test
    void submittingWithUnansweredQuestionsAsksFirst() {
        Link link = fixture.inlineOrder(CandidateFixture.basicsAndSpeed(), null, null);
        open(link);
        click("candidate-start");
        _setValue(field(link, 0, 2, TextField.class), "Paris");

        click("candidate-submit");
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("message")).startsWith("3 of 4 questions have no answer yet");
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(text()).contains("Start “Speed”");
    }

    @Test
    void afterTheDeadlineAnswersAreRefusedAndThePageSaysTimeIsUp() {
        Link link = fixture.inlineOrder(CandidateFixture.basicsAndSpeed(), null, CandidateFixture.CALLBACK);
        open(link);
        click("candidate-start");
        answerBasics(link);
        click("candidate-submit");
        click("candidate-start");
        MovableClock time = MovableClockConfiguration.of(clock);
        time.advance(Duration.ofSeconds(45));
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(byId("candidate-timer")).isEqualTo("Time left: 0:15");

        time.advance(Duration.ofSeconds(16));
        _setValue(field(link, 1, 0, RadioButtonGroup.class), 1);

        assertThat(byId("candidate-notice")).isEqualTo("The time for “Speed” is up. Your saved answers were submitted.");
        assertThat(byId("candidate-done")).contains("Taking you back");
        assertThat(completedScore(link)).isEqualTo(new Score(3, 0, 5)); // the late answer did not count
    }

    @Test
    void theCountdownReachingZeroReloadsFromTheServer() {
        Link link = fixture.inlineOrder(List.of(new NewAssessment("Timed", "", AssessmentType.INLINE_ASSESSMENT, 30,
                        List.of(NewQuestion.shortText("Name a colour", List.of("red")))),
                new NewAssessment("After", "", AssessmentType.INLINE_ASSESSMENT, null,
                        List.of(NewQuestion.shortText("Name a fruit", List.of("apple"))))), null, null);
        open(link);
        click("candidate-start");

        MovableClockConfiguration.of(clock).advance(Duration.ofSeconds(30));
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat(byId("candidate-notice")).contains("The time for “Timed” is up");
        assertThat(text()).contains("Start “After”");
        assertThat(_find(Span.class, spec -> spec.withId("candidate-timer"))).isEmpty();
    }

    @Test
    void anInlineOrderGoesBackToTheCallbackWhenDone() {
        Link link = fixture.inlineOrder(List.of(CandidateFixture.basicsAndSpeed().get(1)), null,
                CandidateFixture.CALLBACK);
        open(link);
        click("candidate-start");
        _setValue(field(link, 0, 0, RadioButtonGroup.class), 1);
        click("candidate-submit");

        // before any lookup: Karibu's lookups run a client round trip, which drops the queued JavaScript
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .filter(i -> i.getInvocation().getExpression().contains("window.open"))
                .map(i -> i.getInvocation().getParameters().get(0))).containsExactly(CandidateFixture.CALLBACK);
        assertThat(byId("candidate-done")).contains("Taking you back");
    }

    @Test
    void refusedLinksGetAFriendlySentence() {
        UI.getCurrent().navigate("assessment/no-such-token");
        assertThat(byId("candidate-refused")).startsWith("We could not find an assessment for this link");

        Link finished = fixture.inlineOrder(List.of(CandidateFixture.basicsAndSpeed().get(1)), null, null);
        open(finished);
        click("candidate-start");
        click("candidate-submit");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        open(finished);
        assertThat(byId("candidate-refused")).startsWith("You have already completed this assessment");

        Link expired = fixture.inlineOrder(CandidateFixture.basicsAndSpeed(), "pl", null);
        MovableClockConfiguration.of(clock).advance(Duration.ofDays(8));
        open(expired);
        assertThat(byId("candidate-refused")).startsWith("This invitation has expired");
    }

    @Test
    void everyRefusalReasonHasItsOwnSentenceInEveryLanguage() {
        for (String language : io.skillgate.order.CandidateLanguage.SUPPORTED.stream().map(java.util.Locale::getLanguage)
                .toList()) {
            CandidateTexts texts = CandidateTexts.forLanguage(language);
            List<String> sentences = java.util.Arrays.stream(io.skillgate.order.CandidateLinkRefused.Reason.values())
                    .map(reason -> _get(new RefusedPanel(reason, texts), Paragraph.class,
                            spec -> spec.withId("candidate-refused")).getText()).toList();
            assertThat(sentences).as(language).doesNotHaveDuplicates().allSatisfy(s ->
                    assertThat(s).doesNotStartWith("!{").hasSizeGreaterThan(30));
        }
    }

    @Test
    void theCandidatesApplicationLanguagePicksThePageLanguage() {
        Link german = fixture.inlineOrder(CandidateFixture.basicsAndSpeed(), "de-DE", null);
        open(german);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        assertThat(text()).contains("Hallo Ada").contains("Fragen: 4").contains("Ohne Zeitlimit")
                .contains("Zeitlimit: 1 Min.");
        assertThat(_get(Button.class, spec -> spec.withId("candidate-start")).getText()).isEqualTo("„Basics“ beginnen");
        click("candidate-start");
        assertThat(text()).contains("Teil 1 von 2").contains("Frage 1");
    }
}
