package io.skillgate.sso.ui;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.sso.IdpCertificate;
import io.skillgate.sso.IdpSource;
import io.skillgate.sso.SsoSettingsDetails;

/**
 * The IdP part of the SSO form: where its settings come from (metadata URL, pasted metadata, or typed in), and what
 * was resolved from them at the last save: entity id, SSO URL and the signing certificates with their expiry.
 */
final class IdpForm extends VerticalLayout {

    final RadioButtonGroup<IdpSource> source = new RadioButtonGroup<>();
    final TextField metadataUrl = new TextField();
    final TextArea metadataXml = new TextArea();
    final TextField ssoUrl = new TextField();
    final TextField entityId = new TextField();
    final TextArea certificate1 = new TextArea();
    final TextArea certificate2 = new TextArea();
    private final VerticalLayout manual = new VerticalLayout(ssoUrl, entityId, certificate1, certificate2);
    private final Div resolved = new Div();

    IdpForm() {
        setPadding(false);
        source.setId("sso-source");
        source.setLabel(getTranslation("sso.idp.source"));
        source.setItems(IdpSource.values());
        source.setItemLabelGenerator(s -> getTranslation("sso.idp.source." + s.name()));
        source.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        source.addValueChangeListener(e -> showSource(e.getValue()));
        metadataUrl.setId("sso-metadata-url");
        metadataUrl.setLabel(getTranslation("sso.idp.metadata-url"));
        metadataUrl.setHelperText(getTranslation("sso.idp.metadata-url.help"));
        metadataUrl.setPlaceholder("https://");
        metadataXml.setId("sso-metadata-xml");
        metadataXml.setLabel(getTranslation("sso.idp.metadata-xml"));
        metadataXml.setHelperText(getTranslation("sso.idp.metadata-xml.help"));
        metadataXml.setMaxHeight("16em");
        ssoUrl.setId("sso-idp-sso-url");
        ssoUrl.setLabel(getTranslation("sso.idp.sso-url"));
        ssoUrl.setHelperText(getTranslation("sso.idp.sso-url.help"));
        entityId.setId("sso-idp-entity-id");
        entityId.setLabel(getTranslation("sso.idp.entity-id"));
        certificate1.setId("sso-certificate-1");
        certificate1.setLabel(getTranslation("sso.idp.certificate-1"));
        certificate1.setHelperText(getTranslation("sso.idp.certificate.help"));
        certificate2.setId("sso-certificate-2");
        certificate2.setLabel(getTranslation("sso.idp.certificate-2"));
        certificate2.setHelperText(getTranslation("sso.idp.certificate-2.help"));
        for (var field : List.of(metadataUrl, ssoUrl, entityId)) {
            field.setWidthFull();
        }
        for (var area : List.of(metadataXml, certificate1, certificate2)) {
            area.setWidthFull();
            area.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        }
        certificate1.setMaxHeight("12em");
        certificate2.setMaxHeight("12em");
        manual.setPadding(false);
        resolved.setId("sso-resolved");
        setWidthFull();
        add(source, metadataUrl, metadataXml, manual, resolved);
    }

    /** Fills the fields from the saved settings; the manual fields start from what was resolved. */
    void show(SsoSettingsDetails details, SsoFormats formats) {
        metadataUrl.setValue(details.metadataUrl() == null ? "" : details.metadataUrl());
        metadataXml.setValue(details.metadataXml() == null ? "" : details.metadataXml());
        ssoUrl.setValue(details.idpSsoUrl());
        entityId.setValue(details.idpEntityId());
        List<IdpCertificate> certificates = details.certificates();
        certificate1.setValue(certificates.isEmpty() ? "" : certificates.get(0).pem());
        certificate2.setValue(certificates.size() < 2 ? "" : certificates.get(1).pem());
        source.setValue(details.source());
        showSource(details.source());
        showResolved(details, formats);
    }

    private void showSource(IdpSource value) {
        metadataUrl.setVisible(value == IdpSource.METADATA_URL);
        metadataXml.setVisible(value == IdpSource.METADATA_XML);
        manual.setVisible(value == IdpSource.MANUAL);
    }

    private void showResolved(SsoSettingsDetails details, SsoFormats formats) {
        resolved.removeAll();
        if (!details.configured()) {
            resolved.add(new Paragraph(getTranslation("sso.idp.none")));
            return;
        }
        resolved.add(new H4(getTranslation("sso.idp.in-force")),
                line("sso-resolved-entity-id", getTranslation("sso.idp.entity-id"), details.idpEntityId()),
                line("sso-resolved-sso-url", getTranslation("sso.idp.sso-url"), details.idpSsoUrl()));
        if (details.source() == IdpSource.METADATA_URL && details.metadataRefreshedAt() != null) {
            resolved.add(line("sso-metadata-refreshed", getTranslation("sso.idp.refreshed"),
                    formats.dateTime(details.metadataRefreshedAt())));
        }
        if (details.source() == IdpSource.METADATA_URL && details.metadataRefreshError() != null) {
            Paragraph error = new Paragraph(getTranslation("sso.idp.refresh-failed", details.metadataRefreshError()));
            error.setId("sso-metadata-refresh-error");
            error.getElement().setAttribute("role", "alert");
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            resolved.add(error);
        }
        int number = 1;
        for (IdpCertificate certificate : details.certificates()) {
            resolved.add(certificate(number++, certificate, details.source(), formats));
        }
    }

    private Component certificate(int number, IdpCertificate certificate, IdpSource source, SsoFormats formats) {
        Div box = new Div(line(null, getTranslation("sso.idp.certificate.number", number), certificate.subject()),
                line(null, getTranslation("sso.idp.certificate.expires"), formats.date(certificate.notAfter())));
        box.setId("sso-certificate-info-" + number);
        box.addClassName("sso-certificate");
        box.getStyle().set("margin-block", "var(--lumo-space-s)");
        if (certificate.expiresSoon()) {
            Span warning = new Span(getTranslation(source == IdpSource.MANUAL ? "sso.idp.certificate.expires-soon"
                    : "sso.idp.certificate.expires-soon.metadata", formats.date(certificate.notAfter())));
            warning.addClassName("sso-certificate-warning");
            warning.getElement().getThemeList().add("badge error");
            warning.getElement().setAttribute("role", "alert");
            warning.getStyle().set("white-space", "normal");
            box.add(warning);
        }
        return box;
    }

    private static Div line(@Nullable String id, String label, String value) {
        Span name = new Span(label + ": ");
        name.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value);
        text.getStyle().set("overflow-wrap", "anywhere");
        Div line = new Div(name, text);
        if (id != null) {
            line.setId(id);
        }
        return line;
    }
}
