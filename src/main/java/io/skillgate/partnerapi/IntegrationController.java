package io.skillgate.partnerapi;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.skillgate.connection.ConnectionService;
import io.skillgate.connection.SrClient;

/** {@code integrationDisableUrl}: SR ends the integration for one of its companies. */
@RestController
@RequestMapping(PartnerApiPaths.BASE + "/integrations")
class IntegrationController {

    private final ConnectionService connections;

    IntegrationController(ConnectionService connections) {
        this.connections = connections;
    }

    @DeleteMapping("/companies/{companyId}")
    ResponseEntity<Void> disable(@AuthenticationPrincipal SrClient client, @PathVariable String companyId) {
        if (!client.srCompanyId().equals(companyId)) {
            throw new PartnerApiException(HttpStatus.FORBIDDEN, "COMPANY_MISMATCH",
                    "This token does not belong to that company");
        }
        connections.disable(client.companyId(), "smartrecruiters:" + client.clientId());
        return ResponseEntity.noContent().build();
    }
}
