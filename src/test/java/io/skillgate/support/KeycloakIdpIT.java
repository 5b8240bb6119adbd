package io.skillgate.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.skillgate.support.KeycloakIdp.SamlClient;
import io.skillgate.support.KeycloakIdp.SamlPost;

/**
 * The test IdP itself: a realm, a user, SAML clients, the metadata, key rollover, IdP-initiated logins with
 * both NameID formats, and the example realm of docker/compose.yaml.
 */
class KeycloakIdpIT {

    private static final String ENTITY_ID = "https://sp.example.test/saml2/service-provider-metadata/it";
    private static final String ACS = "https://sp.example.test/login/saml2/sso/it";

    private static KeycloakIdp idp;

    @BeforeAll
    static void start() {
        idp = KeycloakIdp.shared();
        System.out.printf("Keycloak on %s ready after %d ms (log %s)%n", idp.baseUrl(), idp.startTime().toMillis(),
                idp.log());
    }

    @Test
    void realmUserClientMetadataAndKeyRollover() {
        String realm = "it-basics";
        idp.createRealm(realm);
        idp.addUser(realm, "jane", "jane@example.test", "Jane", "Doe", "jane-password-1");
        idp.addSamlClient(realm, SamlClient.of(ENTITY_ID, ACS).withIdpInitiatedSsoUrlName("it"));

        assertThat(idp.user(realm, "jane")).hasValueSatisfying(u -> {
            assertThat(u.path("email").asText()).isEqualTo("jane@example.test");
            assertThat(u.path("firstName").asText()).isEqualTo("Jane");
        });
        assertThat(idp.user(realm, "nobody")).isEmpty();
        assertThat(idp.samlClient(realm, ENTITY_ID)).hasValueSatisfying(c ->
                assertThat(c.path("attributes").path("saml_assertion_consumer_url_post").asText()).isEqualTo(ACS));

        String first = idp.signingCertificate(realm);
        String metadata = idp.metadataXml(realm);
        assertThat(idp.descriptorUrl(realm)).isEqualTo(idp.baseUrl() + "/realms/" + realm + "/protocol/saml/descriptor");
        assertThat(metadata)
                .contains("entityID=\"http://localhost:" + idp.port() + "/realms/" + realm + "\"")
                .contains(first);

        String second = idp.addSigningKey(realm, 200);
        assertThat(second).isNotEqualTo(first);
        assertThat(idp.signingCertificate(realm)).isEqualTo(second);
        assertThat(idp.metadataXml(realm)).contains(first).contains(second);

        // the new key signs the responses
        SamlPost post = idp.idpInitiatedLogin(realm, "it", "jane", "jane-password-1");
        assertThat(post.action()).isEqualTo(ACS);
        assertThat(post.samlResponseXml()).contains(second).doesNotContain(first);

        idp.removeSigningKey(realm, first);
        assertThat(idp.rs256Keys(realm)).hasSize(1);
        assertThat(idp.metadataXml(realm)).contains(second).doesNotContain(first);
    }

    @Test
    void nameIdFormatsAndSignatures() {
        String realm = "it-nameid";
        idp.createRealm(realm);
        idp.addUser(realm, "sam", "sam@example.test", "Sam", "Smith", "sam-password-1");
        SamlClient client = SamlClient.of(ENTITY_ID, ACS).withIdpInitiatedSsoUrlName("it");
        idp.addSamlClient(realm, client);

        String email = idp.idpInitiatedLogin(realm, "it", "sam", "sam-password-1").samlResponseXml();
        System.out.println("NameID (email): " + nameId(email));
        assertThat(nameId(email)).contains("Format=\"" + KeycloakIdp.nameIdFormatUri("email") + "\"")
                .contains(">sam@example.test<");
        assertThat(email)
                .contains("Destination=\"" + ACS + "\"")
                .contains("<saml:Issuer>" + idp.entityId(realm) + "</saml:Issuer>")
                .contains("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")
                .contains("sam@example.test");
        assertThat(signatures(email)).as("response and assertion signed").isEqualTo(2);

        idp.updateSamlClient(realm, client.withNameIdFormat("persistent").withSignatureAlgorithm("RSA_SHA1"));
        String persistent = idp.idpInitiatedLogin(realm, "it", "sam", "sam-password-1").samlResponseXml();
        System.out.println("NameID (persistent): " + nameId(persistent));
        assertThat(nameId(persistent)).contains("Format=\"" + KeycloakIdp.nameIdFormatUri("persistent") + "\"")
                .contains(">sam<");
        assertThat(persistent).contains("http://www.w3.org/2000/09/xmldsig#rsa-sha1");
        assertThat(signatures(persistent)).isEqualTo(2);
    }

    @Test
    void signedAuthnRequestsStoreTheSpCertificate() {
        String realm = "it-signed";
        idp.createRealm(realm);
        // any certificate will do for the registration: reuse the realm's own
        String cert = idp.signingCertificate(realm);
        String pem = "-----BEGIN CERTIFICATE-----\n" + cert + "\n-----END CERTIFICATE-----\n";
        idp.addSamlClient(realm, SamlClient.of(ENTITY_ID, ACS).withSignedAuthnRequests(pem));
        assertThat(idp.samlClient(realm, ENTITY_ID)).hasValueSatisfying(c -> {
            assertThat(c.path("attributes").path("saml.client.signature").asText()).isEqualTo("true");
            assertThat(c.path("attributes").path("saml.signing.certificate").asText()).isEqualTo(cert);
        });
        String metadata = idp.metadataXml(realm);
        System.out.println("IdP metadata says " + metadata.replaceAll("(?s).*(WantAuthnRequestsSigned=\"[a-z]+\").*", "$1"));
    }

    @Test
    void theComposeExampleRealmImports() {
        String realm = idp.importRealm(Path.of("docker/keycloak/skillgate-realm.json"));
        assertThat(realm).isEqualTo("skillgate");
        assertThat(idp.user(realm, "rey")).isPresent();
        assertThat(idp.metadataXml(realm)).contains("entityID=\"" + idp.entityId(realm) + "\"");

        SamlPost post = idp.idpInitiatedLogin(realm, "acme", "rey", "rey-sso-password");
        assertThat(post.action()).isEqualTo("http://localhost:8080/login/saml2/sso/acme");
        assertThat(nameId(post.samlResponseXml())).contains(">recruiter@acme.test<");
        assertThat(post.samlResponseXml())
                .contains("http://localhost:8080/saml2/service-provider-metadata/acme</saml:Audience>");
    }

    private static String nameId(String xml) {
        return xml.replaceAll("(?s).*(<saml:NameID[^>]*>[^<]*</saml:NameID>).*", "$1");
    }

    private static int signatures(String xml) {
        return xml.split("<dsig:Signature[ >]", -1).length - 1;
    }
}
