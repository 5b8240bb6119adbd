import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * For benchmarks that seed connected companies in SQL: SR's customer secret encrypted the way
 * connection.internal.CredentialCipher stores it ("v1:" + base64(iv(16) + AES-256-GCM(srCompanyId NUL secret))).
 * Usage: java bench/EncryptSrSecret.java BASE64_KEY SR_COMPANY_ID SECRET
 */
public class EncryptSrSecret {

    public static void main(String[] args) throws Exception {
        byte[] key = Base64.getDecoder().decode(args[0].strip());
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = cipher.doFinal((args[1] + '\u0000' + args[2]).getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[iv.length + sealed.length];
        System.arraycopy(iv, 0, out, 0, iv.length);
        System.arraycopy(sealed, 0, out, iv.length, sealed.length);
        System.out.println("v1:" + Base64.getEncoder().encodeToString(out));
    }
}
