package io.skillgate.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak as the SAML IdP of end-to-end tests: the distribution the build unpacks into
 * {@code target/keycloak} before the ITs (failsafe passes it as system property {@value #HOME_PROPERTY}),
 * started once per JVM by {@link #shared()} and stopped, with its whole process tree, by a shutdown hook.
 *
 * <p>It runs {@code kc.sh start-dev --db=dev-mem} on two free loopback ports (HTTP, management) with the
 * hostname pinned to {@code http://localhost:PORT}, so every realm's issuer / IdP entity id is
 * {@code http://localhost:PORT/realms/REALM}. Its log goes to {@code target/keycloak-PORT.log}. Realms, users,
 * SAML clients and keys are made through the admin REST API as the bootstrap admin (password grant on
 * {@code admin-cli} in the master realm).
 *
 * <p>What Keycloak sends, per {@link SamlClient#nameIdFormat()}: {@code email} — NameID format
 * {@code urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress} with the user's email; {@code persistent} —
 * format {@code urn:oasis:names:tc:SAML:2.0:nameid-format:persistent}; by itself Keycloak would send a random
 * per-client pseudonym {@code G-<uuid>} (stored as a user attribute), so this class adds a "User Attribute Mapper
 * For NameID" that makes it the username. Every client also gets the attributes {@code email},
 * {@code firstName} and {@code lastName} (NameFormat Basic). Responses and assertions are both signed
 * (RSA-SHA256 or RSA-SHA1, exclusive c14n), POST binding only.
 *
 * <p>One instance per JVM: two JVMs starting it from the same home at once would race on its build step.
 */
public final class KeycloakIdp {

    public static final String HOME_PROPERTY = "skillgate.it.keycloak.home";
    public static final String ADMIN_USERNAME = "admin";
    public static final String ADMIN_PASSWORD = "admin-it-password";

    /** A first start builds Keycloak (~45 s alone); on a loaded 2-core machine the whole start took over 120 s. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final String KEY_PROVIDER_TYPE = "org.keycloak.keys.KeyProvider";
    private static final String NAMEID_EMAIL = "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress";
    private static final String NAMEID_PERSISTENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent";

    private static KeycloakIdp shared;

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final Duration startTime;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    private String adminToken;
    private Instant adminTokenExpiry = Instant.EPOCH;

    /**
     * What a SAML client (one SP registration) looks like in Keycloak. Build it with
     * {@link #of(String, String)} and the {@code with…} methods.
     *
     * @param entityId                   the SP entity id (Keycloak's clientId)
     * @param acsUrl                     the SP's assertion consumer service (POST binding)
     * @param signatureAlgorithm         {@code RSA_SHA256} or {@code RSA_SHA1}
     * @param nameIdFormat               {@code email} or {@code persistent} (NameID = username, see the class doc)
     * @param idpInitiatedSsoUrlName     non-null: IdP-initiated login at {@code /realms/R/protocol/saml/clients/NAME}
     * @param requireSignedAuthnRequests Keycloak's {@code saml.client.signature}: AuthnRequests must be signed
     * @param spSigningCertificate       the SP's signing certificate (PEM or base64 DER) that verifies them
     */
    public record SamlClient(String entityId, String acsUrl, String signatureAlgorithm, String nameIdFormat,
                             String idpInitiatedSsoUrlName, boolean requireSignedAuthnRequests,
                             String spSigningCertificate) {

        public SamlClient {
            Objects.requireNonNull(entityId, "entityId");
            Objects.requireNonNull(acsUrl, "acsUrl");
            if (!Set.of("RSA_SHA256", "RSA_SHA1").contains(signatureAlgorithm)) {
                throw new IllegalArgumentException("signatureAlgorithm RSA_SHA256 or RSA_SHA1: " + signatureAlgorithm);
            }
            if (!Set.of("email", "persistent").contains(nameIdFormat)) {
                throw new IllegalArgumentException("nameIdFormat email or persistent: " + nameIdFormat);
            }
            if (requireSignedAuthnRequests && (spSigningCertificate == null || spSigningCertificate.isBlank())) {
                throw new IllegalArgumentException("signed AuthnRequests need the SP signing certificate");
            }
        }

        /** RSA-SHA256, NameID email, no IdP-initiated URL, unsigned AuthnRequests accepted. */
        public static SamlClient of(String entityId, String acsUrl) {
            return new SamlClient(entityId, acsUrl, "RSA_SHA256", "email", null, false, null);
        }

        public SamlClient withSignatureAlgorithm(String algorithm) {
            return new SamlClient(entityId, acsUrl, algorithm, nameIdFormat, idpInitiatedSsoUrlName,
                    requireSignedAuthnRequests, spSigningCertificate);
        }

        public SamlClient withNameIdFormat(String format) {
            return new SamlClient(entityId, acsUrl, signatureAlgorithm, format, idpInitiatedSsoUrlName,
                    requireSignedAuthnRequests, spSigningCertificate);
        }

        public SamlClient withIdpInitiatedSsoUrlName(String name) {
            return new SamlClient(entityId, acsUrl, signatureAlgorithm, nameIdFormat, name,
                    requireSignedAuthnRequests, spSigningCertificate);
        }

        /** AuthnRequests must be signed with the key of this certificate (PEM or base64 DER). */
        public SamlClient withSignedAuthnRequests(String certificate) {
            return new SamlClient(entityId, acsUrl, signatureAlgorithm, nameIdFormat, idpInitiatedSsoUrlName,
                    true, certificate);
        }

        public SamlClient withUnsignedAuthnRequests() {
            return new SamlClient(entityId, acsUrl, signatureAlgorithm, nameIdFormat, idpInitiatedSsoUrlName,
                    false, null);
        }
    }

    /**
     * What the IdP posts to the SP after a login: the form's action (the ACS URL), the {@code SAMLResponse}
     * field as sent (base64) and decoded, and {@code RelayState} (null when absent).
     */
    public record SamlPost(String action, String samlResponse, String samlResponseXml, String relayState) {
    }

    private KeycloakIdp(Process process, int port, int managementPort, Path log, Duration startTime) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.startTime = startTime;
    }

    /** The JVM's Keycloak: started on the first call (10–35 s), stopped when the JVM exits. */
    public static synchronized KeycloakIdp shared() {
        if (shared == null) {
            try {
                shared = start();
            } catch (IOException e) {
                throw new UncheckedIOException("Keycloak did not start", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Keycloak started", e);
            }
        }
        return shared;
    }

    private static KeycloakIdp start() throws IOException, InterruptedException {
        String homeValue = System.getProperty(HOME_PROPERTY);
        if (homeValue == null || homeValue.isBlank()) {
            throw new IllegalStateException("System property " + HOME_PROPERTY + " is not set: run this test "
                    + "through ./mvnw verify (failsafe sets it to target/keycloak, unpacked from "
                    + "org.keycloak:keycloak-quarkus-dist), or pass -D" + HOME_PROPERTY + "=<unpacked Keycloak>");
        }
        Path home = Path.of(homeValue).toAbsolutePath();
        Path script = home.resolve("bin/kc.sh");
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(HOME_PROPERTY + "=" + home + " holds no bin/kc.sh: is Keycloak unpacked "
                    + "there? (./mvnw verify unpacks it in pre-integration-test unless -Dkeycloak.skip=true)");
        }
        int port = freePort();
        int managementPort = freePort();
        while (managementPort == port) {
            managementPort = freePort();
        }
        Path logDir = Optional.ofNullable(home.getParent()).orElse(Path.of(System.getProperty("java.io.tmpdir")));
        Path log = logDir.resolve("keycloak-" + port + ".log");

        ProcessBuilder builder = new ProcessBuilder("/bin/bash", script.toString(), "start-dev",
                "--db=dev-mem", "--http-host=127.0.0.1", "--http-port=" + port,
                "--hostname=http://localhost:" + port, "--http-management-port=" + managementPort)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USERNAME);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");

        Instant started = Instant.now();
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopTree(process), "keycloak-stop"));
        KeycloakIdp idp = new KeycloakIdp(process, port, managementPort, log, Duration.ZERO);
        idp.awaitReady(started);
        return new KeycloakIdp(process, port, managementPort, log, Duration.between(started, Instant.now()));
    }

    private void awaitReady(Instant started) throws InterruptedException {
        Instant deadline = started.plus(START_TIMEOUT);
        URI probe = URI.create(baseUrl() + "/realms/master");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + " while starting: "
                        + logTail());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        stopTree(process);
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT.toSeconds() + " s: "
                + logTail());
    }

    /** Stops kc.sh and the java it spawned (and anything below): children first, then the script. */
    private static void stopTree(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        Instant deadline = Instant.now().plusSeconds(15);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()), TimeUnit.MILLISECONDS);
            } catch (Exception stillAlive) {
                p.destroyForcibly();
            }
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return "last lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30),
                    lines.size()));
        } catch (IOException e) {
            return "see " + log;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    // ---- where things are ---------------------------------------------------------------------------------

    /** {@code http://localhost:PORT}: the pinned hostname, also in every issuer and metadata URL. */
    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** Keycloak's own log (stdout and stderr): {@code target/keycloak-PORT.log}. */
    public Path log() {
        return log;
    }

    /** From the process start to the first 200 of {@code /realms/master}. */
    public Duration startTime() {
        return startTime;
    }

    /** The IdP entity id (and issuer) of a realm: {@code http://localhost:PORT/realms/REALM}. */
    public String entityId(String realm) {
        return baseUrl() + "/realms/" + realm;
    }

    /** The IdP metadata URL: {@code http://localhost:PORT/realms/REALM/protocol/saml/descriptor}. */
    public String descriptorUrl(String realm) {
        return entityId(realm) + "/protocol/saml/descriptor";
    }

    /** The SSO endpoint (POST and redirect binding) that AuthnRequests go to. */
    public String ssoUrl(String realm) {
        return entityId(realm) + "/protocol/saml";
    }

    /** IdP-initiated login of a client with that {@link SamlClient#idpInitiatedSsoUrlName()}. */
    public String idpInitiatedUrl(String realm, String idpInitiatedSsoUrlName) {
        return entityId(realm) + "/protocol/saml/clients/" + idpInitiatedSsoUrlName;
    }

    /** The realm's IdP metadata as served (unauthenticated GET of {@link #descriptorUrl(String)}). */
    public String metadataXml(String realm) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(descriptorUrl(realm))).GET(), false);
        return r.body();
    }

    // ---- realms and users ---------------------------------------------------------------------------------

    /** A new, enabled realm with Keycloak's default keys (RS256 at priority 100). */
    public void createRealm(String realm) {
        ObjectNode body = json.createObjectNode().put("realm", realm).put("enabled", true);
        admin("POST", "/admin/realms", body);
    }

    public boolean realmExists(String realm) {
        return adminGet("/admin/realms").findValuesAsText("realm").contains(realm);
    }

    public void deleteRealm(String realm) {
        admin("DELETE", "/admin/realms/" + enc(realm), null);
    }

    /**
     * Imports a realm file as {@code kc.sh --import-realm} reads it (a full realm representation), replacing a
     * realm of that name. Returns the realm's name.
     */
    public String importRealm(Path realmJson) {
        try {
            JsonNode realm = json.readTree(realmJson.toFile());
            String name = realm.path("realm").asText();
            if (realmExists(name)) {
                deleteRealm(name);
            }
            admin("POST", "/admin/realms", realm);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An enabled user with a verified email and a permanent password; returns Keycloak's user id. */
    public String addUser(String realm, String username, String email, String firstName, String lastName,
                          String password) {
        ObjectNode user = json.createObjectNode()
                .put("username", username).put("email", email).put("emailVerified", true)
                .put("firstName", firstName).put("lastName", lastName).put("enabled", true);
        user.putArray("credentials").addObject().put("type", "password").put("value", password)
                .put("temporary", false);
        return lastSegment(admin("POST", "/admin/realms/" + enc(realm) + "/users", user));
    }

    /** The user's representation (id, username, email, firstName, lastName, attributes…), if the user exists. */
    public Optional<JsonNode> user(String realm, String username) {
        JsonNode found = adminGet("/admin/realms/" + enc(realm) + "/users?exact=true&username=" + enc(username));
        return found.isArray() && !found.isEmpty() ? Optional.of(found.get(0)) : Optional.empty();
    }

    // ---- SAML clients -------------------------------------------------------------------------------------

    /** Registers an SP; returns Keycloak's internal client id. */
    public String addSamlClient(String realm, SamlClient spec) {
        return lastSegment(admin("POST", "/admin/realms/" + enc(realm) + "/clients", clientRepresentation(spec)));
    }

    /** Replaces the SP registration with that entity id (delete and recreate: its sessions end). */
    public String updateSamlClient(String realm, SamlClient spec) {
        removeSamlClient(realm, spec.entityId());
        return addSamlClient(realm, spec);
    }

    public void removeSamlClient(String realm, String entityId) {
        clientId(realm, entityId).ifPresent(id -> admin("DELETE", "/admin/realms/" + enc(realm) + "/clients/" + id, null));
    }

    /** The client's representation as Keycloak stores it (attributes, protocolMappers…). */
    public Optional<JsonNode> samlClient(String realm, String entityId) {
        JsonNode found = adminGet("/admin/realms/" + enc(realm) + "/clients?clientId=" + enc(entityId));
        return found.isArray() && !found.isEmpty() ? Optional.of(found.get(0)) : Optional.empty();
    }

    private Optional<String> clientId(String realm, String entityId) {
        return samlClient(realm, entityId).map(c -> c.path("id").asText());
    }

    private ObjectNode clientRepresentation(SamlClient spec) {
        ObjectNode client = json.createObjectNode()
                .put("clientId", spec.entityId()).put("name", spec.entityId()).put("protocol", "saml")
                .put("enabled", true).put("frontchannelLogout", true).put("fullScopeAllowed", true);
        client.putArray("redirectUris").add(spec.acsUrl());
        Map<String, String> a = new LinkedHashMap<>();
        a.put("saml_assertion_consumer_url_post", spec.acsUrl());
        a.put("saml.server.signature", "true");
        a.put("saml.assertion.signature", "true");
        a.put("saml.signature.algorithm", spec.signatureAlgorithm());
        a.put("saml_signature_canonicalization_method", "http://www.w3.org/2001/10/xml-exc-c14n#");
        a.put("saml.client.signature", Boolean.toString(spec.requireSignedAuthnRequests()));
        if (spec.requireSignedAuthnRequests()) {
            a.put("saml.signing.certificate", base64Der(spec.spSigningCertificate()));
        }
        a.put("saml.force.post.binding", "true");
        a.put("saml.authnstatement", "true");
        a.put("saml.encrypt", "false");
        a.put("saml_force_name_id_format", "true");
        a.put("saml_name_id_format", spec.nameIdFormat());
        if (spec.idpInitiatedSsoUrlName() != null) {
            a.put("saml_idp_initiated_sso_url_name", spec.idpInitiatedSsoUrlName());
        }
        ObjectNode attributes = client.putObject("attributes");
        a.forEach(attributes::put);

        ArrayNode mappers = client.putArray("protocolMappers");
        for (String property : List.of("email", "firstName", "lastName")) {
            ObjectNode m = mappers.addObject().put("name", property).put("protocol", "saml")
                    .put("protocolMapper", "saml-user-property-mapper");
            m.putObject("config").put("user.attribute", property).put("attribute.name", property)
                    .put("attribute.nameformat", "Basic").put("friendly.name", property);
        }
        if ("persistent".equals(spec.nameIdFormat())) {
            ObjectNode m = mappers.addObject().put("name", "persistent NameID = username").put("protocol", "saml")
                    .put("protocolMapper", "saml-user-attribute-nameid-mapper");
            m.putObject("config").put("mapper.nameid.format", NAMEID_PERSISTENT).put("user.attribute", "username");
        }
        return client;
    }

    /** The NameID format URI Keycloak sends for {@link SamlClient#nameIdFormat()}. */
    public static String nameIdFormatUri(String nameIdFormat) {
        return switch (nameIdFormat) {
            case "email" -> NAMEID_EMAIL;
            case "persistent" -> NAMEID_PERSISTENT;
            default -> throw new IllegalArgumentException(nameIdFormat);
        };
    }

    // ---- keys ---------------------------------------------------------------------------------------------

    /** Base64 DER of the certificate of the realm's active RS256 key: the one that signs responses now. */
    public String signingCertificate(String realm) {
        JsonNode keys = adminGet("/admin/realms/" + enc(realm) + "/keys");
        String kid = keys.path("active").path("RS256").asText(null);
        for (JsonNode key : keys.path("keys")) {
            if (key.path("kid").asText().equals(kid)) {
                return key.path("certificate").asText();
            }
        }
        throw new IllegalStateException("realm " + realm + " has no active RS256 key: " + keys);
    }

    /**
     * The realm's RS256 keys as {@code GET /admin/realms/R/keys} lists them (kid, providerId, providerPriority,
     * status ACTIVE/PASSIVE/DISABLED, certificate…).
     */
    public List<JsonNode> rs256Keys(String realm) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode key : adminGet("/admin/realms/" + enc(realm) + "/keys").path("keys")) {
            if ("RS256".equals(key.path("algorithm").asText())) {
                out.add(key);
            }
        }
        return out;
    }

    /**
     * Certificate rollover: adds an {@code rsa-generated} RS256 key provider with that priority and returns the
     * base64 DER of its certificate. The active key of the highest priority signs (Keycloak's default key has
     * 100); the others stay in the metadata until made passive or removed.
     */
    public String addSigningKey(String realm, int priority) {
        ObjectNode component = json.createObjectNode()
                .put("name", "rsa-generated-" + priority).put("providerId", "rsa-generated")
                .put("providerType", KEY_PROVIDER_TYPE).put("parentId", realmId(realm));
        ObjectNode config = component.putObject("config");
        config.putArray("priority").add(Integer.toString(priority));
        config.putArray("algorithm").add("RS256");
        config.putArray("keySize").add("2048");
        config.putArray("enabled").add("true");
        config.putArray("active").add("true");
        String providerId = lastSegment(admin("POST", "/admin/realms/" + enc(realm) + "/components", component));
        return rs256Keys(realm).stream().filter(k -> k.path("providerId").asText().equals(providerId))
                .map(k -> k.path("certificate").asText()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no key from the new provider " + providerId));
    }

    /** The id of the key provider (component) that holds the key with that certificate. */
    public String keyProviderId(String realm, String certificate) {
        return rs256Keys(realm).stream().filter(k -> k.path("certificate").asText().equals(certificate))
                .map(k -> k.path("providerId").asText()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("realm " + realm + " has no RS256 key with that certificate"));
    }

    /** Removes the key provider (and so the key) with that certificate: it neither signs nor is published. */
    public void removeSigningKey(String realm, String certificate) {
        removeKeyProvider(realm, keyProviderId(realm, certificate));
    }

    public void removeKeyProvider(String realm, String providerId) {
        admin("DELETE", "/admin/realms/" + enc(realm) + "/components/" + enc(providerId), null);
    }

    /**
     * Makes the key with that certificate passive (kept for verification, never signs) or active again, by
     * setting its provider's {@code active} flag.
     */
    public void setSigningKeyActive(String realm, String certificate, boolean active) {
        String providerId = keyProviderId(realm, certificate);
        JsonNode component = adminGet("/admin/realms/" + enc(realm) + "/components/" + enc(providerId));
        ObjectNode updated = component.deepCopy();
        ((ObjectNode) updated.path("config")).putArray("active").add(Boolean.toString(active));
        admin("PUT", "/admin/realms/" + enc(realm) + "/components/" + enc(providerId), updated);
    }

    private String realmId(String realm) {
        return adminGet("/admin/realms/" + enc(realm)).path("id").asText();
    }

    // ---- logins -------------------------------------------------------------------------------------------

    /**
     * An IdP-initiated login as a browser would do it (fresh cookies): opens {@link #idpInitiatedUrl}, submits
     * the login form and returns what Keycloak would post to the SP (nothing is sent to the SP).
     */
    public SamlPost idpInitiatedLogin(String realm, String idpInitiatedSsoUrlName, String username, String password) {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieJar())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(
                    URI.create(idpInitiatedUrl(realm, idpInitiatedSsoUrlName))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher form = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE)
                    .matcher(page.body());
            if (!form.find()) {
                form = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"", Pattern.CASE_INSENSITIVE)
                        .matcher(page.body());
                if (!form.find()) {
                    throw new IllegalStateException("no login form at " + page.uri() + " (" + page.statusCode() + ")");
                }
            }
            String action = unescape(form.group(1));
            String body = "username=" + enc(username) + "&password=" + enc(password) + "&credentialId=";
            HttpResponse<String> result = browser.send(HttpRequest.newBuilder(URI.create(action))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return samlPost(result.body()).orElseThrow(() -> new IllegalStateException(
                    "no SAMLResponse after the login (" + result.statusCode() + "): " + abbreviate(result.body())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * All cookies of one login, sent back to every URL: {@link java.net.CookieManager} keeps Keycloak's
     * {@code Secure} cookies (AUTH_SESSION_ID…, set on http://localhost too) off plain HTTP, and the login fails
     * with {@code cookie_not_found}.
     */
    private static final class CookieJar extends CookieHandler {
        private final Map<String, String> cookies = new LinkedHashMap<>();

        @Override
        public synchronized Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) {
            if (cookies.isEmpty()) {
                return Map.of();
            }
            return Map.of("Cookie", List.of(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "))));
        }

        @Override
        public synchronized void put(URI uri, Map<String, List<String>> responseHeaders) {
            responseHeaders.forEach((name, values) -> {
                if ("Set-Cookie".equalsIgnoreCase(name)) {
                    for (String value : values) {
                        String pair = value.split(";", 2)[0];
                        int eq = pair.indexOf('=');
                        if (eq > 0) {
                            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                        }
                    }
                }
            });
        }
    }

    /** The auto-submitting POST form Keycloak answers with, if this HTML is one. */
    public static Optional<SamlPost> samlPost(String html) {
        String response = hiddenField(html, "SAMLResponse");
        if (response == null) {
            return Optional.empty();
        }
        Matcher action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.CASE_INSENSITIVE).matcher(html);
        String target = action.find() ? unescape(action.group(1)) : null;
        String xml = new String(Base64.getMimeDecoder().decode(response), StandardCharsets.UTF_8);
        return Optional.of(new SamlPost(target, response, xml, hiddenField(html, "RelayState")));
    }

    private static String hiddenField(String html, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html);
        if (!input.find()) {
            return null;
        }
        Matcher value = Pattern.compile("value=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE).matcher(input.group());
        return value.find() ? unescape(value.group(1)) : null;
    }

    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|quot|lt|gt|apos);");

    /** Decodes the character references of an HTML attribute value. */
    private static String unescape(String s) {
        return ENTITY.matcher(s).replaceAll(m -> {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "lt" -> "<";
                case "gt" -> ">";
                case "apos" -> "'";
                default -> Character.toString(e.startsWith("#x")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1)));
            };
            return Matcher.quoteReplacement(c);
        });
    }

    // ---- admin REST ---------------------------------------------------------------------------------------

    private JsonNode adminGet(String path) {
        String body = admin("GET", path, null);
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends an admin request; returns the body of a GET, the Location of a POST (or its body). */
    private String admin(String method, String path, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = send(request, true);
        return "POST".equals(method) ? r.headers().firstValue("Location").orElse(r.body()) : r.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean asAdmin) {
        try {
            if (asAdmin) {
                request.header("Authorization", "Bearer " + adminToken());
            }
            HttpRequest built = request.build();
            HttpResponse<String> r = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException(built.method() + " " + built.uri() + " answered " + r.statusCode()
                        + ": " + abbreviate(r.body()));
            }
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The bootstrap admin's access token, fetched again shortly before it expires (master: 60 s). */
    private synchronized String adminToken() throws IOException, InterruptedException {
        if (adminToken == null || Instant.now().isAfter(adminTokenExpiry)) {
            String form = Map.of("grant_type", "password", "client_id", "admin-cli",
                            "username", ADMIN_USERNAME, "password", ADMIN_PASSWORD).entrySet().stream()
                    .map(e -> e.getKey() + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                            URI.create(baseUrl() + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("admin token: " + r.statusCode() + " " + abbreviate(r.body()));
            }
            JsonNode token = json.readTree(r.body());
            adminToken = token.path("access_token").asText();
            adminTokenExpiry = Instant.now().plusSeconds(Math.max(5, token.path("expires_in").asLong(60) - 15));
        }
        return adminToken;
    }

    // ---- small helpers ------------------------------------------------------------------------------------

    /** Base64 DER of a certificate given as PEM or base64 DER (whitespace allowed). */
    static String base64Der(String certificate) {
        String der = certificate.replaceAll("-----(BEGIN|END) CERTIFICATE-----", "").replaceAll("\\s", "");
        Base64.getDecoder().decode(der); // fails early on garbage
        return der;
    }

    private static String lastSegment(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
