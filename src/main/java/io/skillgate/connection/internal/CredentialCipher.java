package io.skillgate.connection.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import io.skillgate.connection.ConnectionProperties;

/**
 * Encrypts SR's per-company client secret at rest: AES-256-GCM (Spring Security Crypto's {@link AesBytesEncryptor},
 * a fresh random 16-byte IV per value, authenticated). The plaintext is bound to its SR company id, so a ciphertext
 * copied onto another company's row does not decrypt there. Stored as {@code v1:<base64(iv|ciphertext|tag)>}; the
 * version prefix leaves room for key rotation.
 */
@Component
public class CredentialCipher {

    private static final String VERSION = "v1:";
    private static final char SEPARATOR = '\u0000';

    private final BytesEncryptor encryptor;

    CredentialCipher(ConnectionProperties properties) {
        String key = properties.encryptionKey();
        if (!StringUtils.hasText(key)) {
            throw new IllegalStateException("skillgate.connection.encryption-key is not set: it must be the base64 of "
                    + "32 random bytes (e.g. `openssl rand -base64 32`)");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("skillgate.connection.encryption-key is not valid base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("skillgate.connection.encryption-key must decode to 32 bytes (AES-256), not "
                    + raw.length);
        }
        this.encryptor = new AesBytesEncryptor(new SecretKeySpec(raw, "AES"), KeyGenerators.secureRandom(16),
                AesBytesEncryptor.CipherAlgorithm.GCM);
    }

    public String encrypt(String srCompanyId, String secret) {
        byte[] plain = (srCompanyId + SEPARATOR + secret).getBytes(StandardCharsets.UTF_8);
        return VERSION + Base64.getEncoder().encodeToString(encryptor.encrypt(plain));
    }

    /** The secret, or an exception when the value was tampered with, belongs to another company or another key. */
    public String decrypt(String srCompanyId, String stored) {
        if (!stored.startsWith(VERSION)) {
            throw new IllegalStateException("Unknown credential encryption version");
        }
        String plain;
        try {
            plain = new String(encryptor.decrypt(Base64.getDecoder().decode(stored.substring(VERSION.length()))),
                    StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new IllegalStateException("The stored SmartRecruiters credential cannot be decrypted with the "
                    + "configured key", e);
        }
        String prefix = srCompanyId + SEPARATOR;
        if (!plain.startsWith(prefix)) {
            throw new IllegalStateException("The stored SmartRecruiters credential belongs to another company");
        }
        return plain.substring(prefix.length());
    }
}
