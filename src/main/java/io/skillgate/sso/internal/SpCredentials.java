package io.skillgate.sso.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.saml2.core.Saml2X509Credential;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service provider's signing key pair (AuthnRequests are signed; the certificate is in our metadata). From
 * {@code skillgate.sso.sp-key-location} / {@code sp-certificate-location}; without them and with
 * {@code generate-sp-key} (dev, tests), generated once and kept in {@code sso_sp_keys}, so every node and every
 * restart uses the same key.
 */
@Component
class SpCredentials {

    private static final Logger log = LoggerFactory.getLogger(SpCredentials.class);

    private final SsoProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile Saml2X509Credential signing;

    SpCredentials(SsoProperties properties, JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The signing credential (loaded or generated on first use). */
    Saml2X509Credential signing() {
        Saml2X509Credential current = signing;
        if (current == null) {
            synchronized (this) {
                current = signing;
                if (current == null) {
                    current = ownTransaction.execute(status -> load());
                    signing = current;
                }
            }
        }
        return current;
    }

    /** Whether SSO can work here: a configured key and certificate, or generation allowed. */
    boolean available() {
        try {
            signing();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private Saml2X509Credential load() {
        Resource keyLocation = properties.spKeyLocation();
        Resource certificateLocation = properties.spCertificateLocation();
        if (keyLocation != null && certificateLocation != null && keyLocation.exists()
                && certificateLocation.exists()) {
            return credential(read(keyLocation), read(certificateLocation));
        }
        if (!properties.generateSpKey()) {
            throw new IllegalStateException("Single sign-on needs the SP signing key: set skillgate.sso.sp-key-location"
                    + " and skillgate.sso.sp-certificate-location to existing PEM files");
        }
        List<Saml2X509Credential> stored = storedCredential();
        if (!stored.isEmpty()) {
            return stored.get(0);
        }
        String[] generated = generate();
        try {
            jdbc.update("INSERT INTO sso_sp_keys (id, private_key, certificate, created_at) VALUES (1, ?, ?, ?)",
                    generated[0], generated[1], Timestamp.from(clock.instant()));
            log.info("Generated the SAML service provider's signing key (kept in sso_sp_keys)");
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return storedCredential().get(0);
        }
        return credential(generated[0], generated[1]);
    }

    private List<Saml2X509Credential> storedCredential() {
        return jdbc.query("SELECT private_key, certificate FROM sso_sp_keys WHERE id = 1",
                (row, n) -> credential(row.getString(1), row.getString(2)));
    }

    private static Saml2X509Credential credential(String keyPem, String certificatePem) {
        return Saml2X509Credential.signing(privateKey(keyPem), Certificates.parse(certificatePem));
    }

    private static PrivateKey privateKey(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object object = parser.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (object instanceof PEMKeyPair pair) {
                return converter.getKeyPair(pair).getPrivate();
            }
            if (object instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            throw new IllegalStateException("The SP key is not a PEM private key");
        } catch (IOException e) {
            throw new IllegalStateException("The SP key cannot be read", e);
        }
    }

    private static String read(Resource resource) {
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource.getDescription(), e);
        }
    }

    /** A new RSA 3072 key and a self-signed certificate valid for ten years, both PEM. */
    private String[] generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            Instant now = clock.instant();
            X500Name name = new X500Name("CN=Skillgate SAML service provider");
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                            Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))),
                            name, pair.getPublic())
                            .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new String[] {pem(pair.getPrivate()), pem(certificate)};
        } catch (java.security.GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot generate the SP key", e);
        }
    }

    private static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object instanceof PrivateKey key
                    ? new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(key, null) : object);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
