package org.functions4j.test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs deliveries as GitHub and Slack sign them. Written for the sender's side on purpose, apart
 * from the runtime's checks, so a test does not share a mistake with the code it tests.
 */
final class Signing {
    private Signing() {
    }

    /** {@code <prefix><hex HMAC>} of the parts, in order. */
    static String hmac(String algorithm, String prefix, String key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return prefix + HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }
}
