package org.functions4j.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts key values at rest with AES-256-GCM. A stored value is Base64 of a random 12-byte IV
 * followed by the ciphertext and its 16-byte tag; the key's name is authenticated with it, so an
 * encrypted value cannot be moved to another key. The key id written beside the values
 * ({@code decryptionKeyId}) is derived from the key, so a file encrypted with another key is
 * recognized before anything is decrypted.
 */
public final class KeyCipher {
    /** The environment variable holding Base64 of the 32-byte key. */
    public static final String ENVIRONMENT_VARIABLE = "FUNCTIONS_SECRETS_KEY";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    private KeyCipher(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
        this.keyId = "functions4j-aes256gcm-" + HexFormat.of().formatHex(sha256(key), 0, 8);
    }

    /**
     * A cipher from Base64 of a 32-byte key, as {@value #ENVIRONMENT_VARIABLE} holds it.
     *
     * @param base64 the key
     * @return the cipher
     * @throws SecretsException when the value is not Base64 of 32 bytes (the message never shows it)
     */
    public static KeyCipher fromBase64(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new SecretsException(ENVIRONMENT_VARIABLE + " is not valid Base64");
        }
        if (bytes.length != 32) {
            throw new SecretsException(ENVIRONMENT_VARIABLE + " must be Base64 of 32 bytes (an AES-256 key), got "
                    + bytes.length + " bytes");
        }
        return new KeyCipher(bytes);
    }

    /** Identifies the key without revealing it; written as {@code decryptionKeyId}. */
    public String keyId() {
        return keyId;
    }

    String encrypt(String keyName, String value) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyName.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain value, or null when the value was not encrypted by this key for this key name. */
    String decrypt(String keyName, String stored) {
        try {
            byte[] in = Base64.getDecoder().decode(stored);
            if (in.length <= IV_BYTES) {
                return null;
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(keyName.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return null;
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
