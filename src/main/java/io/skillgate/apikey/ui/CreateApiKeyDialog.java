package io.skillgate.apikey.ui;

import java.util.EnumSet;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import io.skillgate.access.PortalUserPrincipal;
import io.skillgate.apikey.ApiKeyException;
import io.skillgate.apikey.ApiKeyScope;
import io.skillgate.apikey.ApiKeyService;
import io.skillgate.apikey.CreateApiKeyCommand;
import io.skillgate.apikey.IssuedApiKey;

/** Creates an API key: name, description, scopes; then shows the token once, with a copy button. */
class CreateApiKeyDialog extends Dialog {

    private final transient ApiKeyService keys;
    private final PortalUserPrincipal admin;
    private final Runnable created;
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final CheckboxGroup<ApiKeyScope> scopes = new CheckboxGroup<>();
    private final VerticalLayout body = new VerticalLayout();
    private final Button createButton = new Button();

    CreateApiKeyDialog(ApiKeyService keys, PortalUserPrincipal admin, Runnable created) {
        this.keys = keys;
        this.admin = admin;
        this.created = created;
        setId("api-key-dialog");
        setHeaderTitle(getTranslation("apikey.dialog.title"));
        name.setLabel(getTranslation("apikey.dialog.name"));
        name.setId("api-key-name");
        name.setMaxLength(100);
        name.setRequired(true);
        name.setWidthFull();
        description.setLabel(getTranslation("apikey.dialog.description"));
        description.setId("api-key-description");
        description.setMaxLength(500);
        description.setWidthFull();
        scopes.setLabel(getTranslation("apikey.dialog.scopes"));
        scopes.setId("api-key-scopes");
        scopes.setItems(EnumSet.allOf(ApiKeyScope.class));
        scopes.setItemLabelGenerator(ApiKeyScope::code);
        body.setPadding(false);
        body.add(name, description, scopes);
        add(body);

        createButton.setText(getTranslation("apikey.dialog.create"));
        createButton.setId("api-key-dialog-create");
        createButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createButton.addClickListener(e -> create());
        Button cancel = new Button(getTranslation("apikey.dialog.cancel"), e -> close());
        cancel.setId("api-key-dialog-cancel");
        getFooter().add(cancel, createButton);
    }

    private void create() {
        if (scopes.getValue().isEmpty()) {
            scopes.setErrorMessage(getTranslation("apikey.dialog.scopes.required"));
            scopes.setInvalid(true);
            return;
        }
        IssuedApiKey issued;
        try {
            issued = keys.create(admin, new CreateApiKeyCommand(name.getValue(), description.getValue(),
                    scopes.getValue()));
        } catch (ApiKeyException refused) {
            name.setErrorMessage(refused.getMessage());
            name.setInvalid(true);
            return;
        }
        created.run();
        showOnce(issued.token());
    }

    private void showOnce(String token) {
        body.removeAll();
        // the secret is shown this once: closing needs the explicit "Done"
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        TextField secret = new TextField(getTranslation("apikey.dialog.secret"));
        secret.setId("api-key-secret");
        secret.setValue(token);
        secret.setReadOnly(true);
        secret.setWidthFull();
        Button copy = new Button(VaadinIcon.COPY_O.create());
        copy.setId("api-key-secret-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        copy.setAriaLabel(getTranslation("apikey.dialog.copy"));
        copy.setTooltipText(getTranslation("apikey.dialog.copy"));
        copy.addClickListener(e -> {
            copy.getElement().executeJs("navigator.clipboard.writeText($0)", token);
            Notification.show(getTranslation("apikey.dialog.copied"), 2000, Notification.Position.BOTTOM_END);
        });
        secret.setSuffixComponent(copy);
        body.add(new Paragraph(getTranslation("apikey.dialog.once")), secret);
        getFooter().removeAll();
        Button done = new Button(getTranslation("apikey.dialog.done"), e -> close());
        done.setId("api-key-dialog-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
