package io.skillgate.candidate.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import io.skillgate.base.Viewer;
import io.skillgate.base.Viewers;
import io.skillgate.catalog.CatalogService;
import io.skillgate.catalog.PackageContent;
import io.skillgate.catalog.PackageContent.AssessmentContent;
import io.skillgate.order.CandidateSession.QuestionView;
import io.skillgate.order.CandidateSession.Section;
import io.skillgate.order.CandidateSession.SectionState;

/**
 * Company admins: a package's assessments and questions rendered by the candidate's own components
 * ({@link SectionPanel}, {@link QuestionField}), all at once and untimed. Nothing is saved or submitted, and only
 * what a candidate gets reaches the browser: prompts and options, never the answer keys.
 */
@Route(value = "packages/:packageId/preview", autoLayout = false)
@RolesAllowed("ADMIN")
public class PackagePreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CatalogService catalog;
    private final transient Viewers viewers;
    private final transient Clock clock;
    private CandidateTexts texts = CandidateTexts.forLanguage(null);
    private String title = "";

    public PackagePreviewView(CatalogService catalog, Viewers viewers, Clock clock) {
        this.catalog = catalog;
        this.viewers = viewers;
        this.clock = clock;
        CandidateFrame.apply(this);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        texts = CandidateTexts.forLanguage(UI.getCurrent().getLocale().getLanguage());
        String packageId = event.getRouteParameters().get("packageId").orElse("");
        Viewer viewer = viewers.require();
        PackageContent content = viewer.sees(viewer.companyId(), packageId)
                ? catalog.content(viewer.companyId(), packageId).orElse(null) : null;
        Anchor back = new Anchor(content == null ? "packages" : "packages/" + packageId + "/edit",
                texts.get("preview.back"));
        back.setId("preview-back");
        if (content == null) {
            title = texts.get("preview.notFound.title");
            add(new H1(title), new Paragraph(texts.get("preview.notFound")), back);
            return;
        }
        title = texts.get("preview.title", content.name());
        Paragraph banner = new Paragraph(texts.get("preview.banner", content.name()));
        banner.setId("preview-banner");
        banner.getStyle().set("background", "var(--lumo-primary-color-10pct)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        add(back, banner);
        List<AssessmentContent> assessments = content.assessments();
        for (int i = 0; i < assessments.size(); i++) {
            AssessmentContent a = assessments.get(i);
            // only what the candidate's page gets: prompt, kind, points and options, never the keys
            Section section = new Section(a.id(), a.name(), a.description(), a.timeLimitSeconds(),
                    a.questions().size(), SectionState.OPEN, null, a.questions().stream()
                    .map(q -> new QuestionView(q.id(), q.kind(), q.prompt(), q.points(), q.options())).toList(),
                    Map.of());
            Paragraph limit = new Paragraph(a.timeLimitSeconds() == null ? texts.get("assessment.untimed")
                    : texts.get("assessment.timeLimit", (a.timeLimitSeconds() + 59) / 60));
            limit.addClassName("preview-time-limit");
            add(new SectionPanel(section, i + 1, assessments.size(), texts, clock, new NothingSaved()), limit);
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** The preview's answers go nowhere. */
    private final class NothingSaved implements SectionPanel.Actions {

        @Override
        public QuestionField.Outcome save(String questionId, String answer) {
            return QuestionField.Outcome.SAVED;
        }

        @Override
        public void submit() {
            Notification.show(texts.get("preview.submitted"));
        }

        @Override
        public void timeUp() {
            // untimed in the preview
        }
    }
}
