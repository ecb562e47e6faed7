package org.functions4j.runtime.auth;

/**
 * A key and its plain value (held in memory only; never logged).
 *
 * @param name the key's name, e.g. {@code default}
 * @param value the key's value
 */
public record NamedKey(String name, String value) {
    @Override
    public String toString() {
        return "NamedKey[" + name + "]"; // never the value
    }
}
