package org.functions4j.runtime.auth;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Generates key values and checks the names and values users give. */
final class KeyValues {
    /** URL-safe Base64 characters (and padding): usable in a query string without escaping. */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_\\-=]{16,256}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_\\-.]{1,128}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyValues() {
    }

    /** 40 random bytes, URL-safe Base64 without padding: 54 characters. */
    static String generate() {
        byte[] bytes = new byte[40];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Why a value given through the admin API is refused, or null when it is fine. */
    static String problemWithValue(String value) {
        if (value == null || value.isEmpty()) {
            return "The key value must not be empty.";
        }
        if (!VALUE.matcher(value).matches()) {
            return "The key value must be 16 to 256 URL-safe characters (A-Z, a-z, 0-9, '-', '_', '=').";
        }
        return null;
    }

    static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
