package io.skillgate.sandbox.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import io.skillgate.sandbox.SandboxPlayer;

/**
 * SR ordering for one integrated company: lists our packages (token + list, shown), lets the person pick one of
 * the right kind, orders it for a generated candidate and shows what we answered.
 */
class OrderDialog extends Dialog {

    private final transient SandboxPlayer player;
    private final String companyId;
    private final boolean inline;
    private final String appBaseUrl;
    private final Select<SandboxPlayer.PackageOption> choice = new Select<>();
    private final VerticalLayout answer = new VerticalLayout();

    /** Fetches the package list at once; throws {@link SandboxPlayer.CannotPlay} when playing is not possible. */
    OrderDialog(SandboxPlayer player, String companyId, boolean inline, String appBaseUrl) {
        this.player = player;
        this.companyId = companyId;
        this.inline = inline;
        this.appBaseUrl = appBaseUrl;
        setHeaderTitle((inline ? "Order inline" : "Order an assessment") + " for " + companyId);
        setWidth("min(60em, 95vw)");
        answer.setPadding(false);

        SandboxPlayer.PackageList list = player.packages(companyId);
        List<SandboxPlayer.PackageOption> fitting = list.packages().stream().filter(p -> p.inline() == inline)
                .toList();
        choice.setLabel(inline ? "INLINE_ASSESSMENT package" : "Package (not inline)");
        choice.setItems(fitting);
        choice.setWidthFull();
        Button order = new Button(inline ? "Order inline for a generated candidate"
                : "Order for a generated candidate", e -> order());
        order.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (fitting.isEmpty()) {
            order.setEnabled(false);
            add(new Paragraph("Skillgate lists no " + (inline ? "" : "non-") + "INLINE_ASSESSMENT package for "
                    + companyId + "."));
        } else {
            choice.setValue(fitting.get(0));
        }
        add(choice, answer);
        show(list.exchanges(), false);
        getFooter().add(new Button("Close", e -> close()), order);
    }

    private void order() {
        String packageId = choice.getValue() == null ? null : choice.getValue().id();
        SandboxPlayer.Outcome outcome = inline ? player.orderInline(companyId, packageId, appBaseUrl)
                : player.order(companyId, packageId, appBaseUrl);
        answer.removeAll();
        if (outcome.candidate() != null) {
            SandboxPlayer.Candidate candidate = outcome.candidate();
            answer.add(new Paragraph("Order " + outcome.orderId() + " for " + candidate.firstName() + " "
                    + candidate.lastName() + " <" + candidate.email() + ">"));
        }
        if (outcome.problem() != null) {
            answer.add(new Paragraph(outcome.problem()));
        }
        show(outcome.exchanges(), true);
        if (outcome.candidateUrl() != null) {
            Anchor link = new Anchor(outcome.candidateUrl(), outcome.candidateUrl(), AnchorTarget.BLANK);
            link.addClassName("candidate-url");
            answer.add(new Paragraph("The candidate's link: "), link);
        }
    }

    /** Each call as "METHOD url → HTTP status" with what was sent and answered; the last one opened if asked. */
    private void show(List<SandboxPlayer.Exchange> exchanges, boolean openLast) {
        for (int i = 0; i < exchanges.size(); i++) {
            SandboxPlayer.Exchange exchange = exchanges.get(i);
            VerticalLayout content = new VerticalLayout();
            content.setPadding(false);
            if (exchange.request() != null) {
                content.add(new Paragraph("Sent:"), new Pre(exchange.request()));
            }
            content.add(new Paragraph("Answer:"), new Pre(exchange.response().isEmpty() ? "(empty)"
                    : exchange.response()));
            Details details = new Details(exchange.summary(), content);
            details.setOpened(openLast && i == exchanges.size() - 1 || !exchange.succeeded());
            details.addClassName(exchange.succeeded() ? "exchange-ok" : "exchange-failed");
            answer.add(details);
        }
    }
}
