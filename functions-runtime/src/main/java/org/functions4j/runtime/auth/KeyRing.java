package org.functions4j.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable snapshot of every key, prepared for constant-time comparison. The store swaps in
 * a new ring after each change, so requests never see a half-applied change.
 */
final class KeyRing {
    static final KeyRing EMPTY = of(HostSecrets.EMPTY, Map.of());

    private final HostSecrets host;
    private final Map<String, KeySet> functions;
    private final byte[] master;
    private final byte[][] hostKeys;
    private final byte[][] systemKeys;
    private final Map<String, byte[][]> functionKeys;

    private KeyRing(HostSecrets host, Map<String, KeySet> functions, Map<String, byte[][]> functionKeys) {
        this.host = host;
        this.functions = functions;
        this.master = host.master() == null ? null : bytes(host.master());
        this.hostKeys = values(host.hostKeys());
        this.systemKeys = values(host.systemKeys());
        this.functionKeys = functionKeys;
    }

    /**
     * @param functions keys by lower-case function name
     */
    static KeyRing of(HostSecrets host, Map<String, KeySet> functions) {
        Map<String, byte[][]> functionKeys = new HashMap<>();
        functions.forEach((name, keys) -> functionKeys.put(name, values(keys)));
        return new KeyRing(host, Map.copyOf(functions), functionKeys);
    }

    HostSecrets host() {
        return host;
    }

    KeySet function(String name) {
        return functions.getOrDefault(name.toLowerCase(Locale.ROOT), KeySet.EMPTY);
    }

    Map<String, KeySet> functions() {
        return functions;
    }

    KeyRing withHost(HostSecrets secrets) {
        return new KeyRing(secrets, functions, functionKeys);
    }

    /** A ring with one function's keys replaced (null: removed); the other functions' prepared keys are reused. */
    KeyRing withFunction(String name, KeySet keys) {
        String key = name.toLowerCase(Locale.ROOT);
        Map<String, KeySet> copy = new HashMap<>(functions);
        Map<String, byte[][]> prepared = new HashMap<>(functionKeys);
        if (keys == null) {
            copy.remove(key);
            prepared.remove(key);
        } else {
            copy.put(key, keys);
            prepared.put(key, values(keys));
        }
        return new KeyRing(host, Map.copyOf(copy), prepared);
    }

    /**
     * What the presented key is for the function, or, when {@code function} is null, what it is
     * at all (any function's key counts as {@link KeyKind#FUNCTION}: the admin API answers such a
     * key 403, not 401). Every comparison takes constant time.
     */
    KeyKind kindOf(String presented, String function) {
        if (presented == null || presented.isEmpty()) {
            return KeyKind.NONE;
        }
        byte[] candidate = bytes(presented);
        if (master != null && MessageDigest.isEqual(master, candidate)) {
            return KeyKind.MASTER;
        }
        if (matchesAny(hostKeys, candidate)) {
            return KeyKind.HOST;
        }
        if (function != null ? matchesAny(functionKeys.get(function.toLowerCase(Locale.ROOT)), candidate)
                : functionKeys.values().stream().anyMatch(values -> matchesAny(values, candidate))) {
            return KeyKind.FUNCTION;
        }
        return matchesAny(systemKeys, candidate) ? KeyKind.SYSTEM : KeyKind.NONE;
    }

    private static boolean matchesAny(byte[][] values, byte[] candidate) {
        if (values == null) {
            return false;
        }
        boolean match = false;
        for (byte[] value : values) {
            match |= MessageDigest.isEqual(value, candidate); // no early exit: time does not tell which matched
        }
        return match;
    }

    private static byte[][] values(KeySet keys) {
        return keys.keys().stream().map(k -> bytes(k.value())).toArray(byte[][]::new);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
