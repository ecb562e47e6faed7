package org.functions4j.runtime.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An immutable, ordered set of keys whose names are unique ignoring case. */
public final class KeySet {
    static final KeySet EMPTY = new KeySet(List.of());

    private final List<NamedKey> keys;

    KeySet(List<NamedKey> keys) {
        this.keys = List.copyOf(keys);
    }

    /** The keys, in the order they were added. */
    public List<NamedKey> keys() {
        return keys;
    }

    /** The key of that name, ignoring case. */
    public Optional<NamedKey> get(String name) {
        return keys.stream().filter(k -> k.name().equalsIgnoreCase(name)).findFirst();
    }

    /** This set with the key added, or its value replaced (keeping its place and spelling). */
    KeySet with(String name, String value) {
        List<NamedKey> copy = new ArrayList<>(keys.size() + 1);
        boolean replaced = false;
        for (NamedKey key : keys) {
            if (key.name().equalsIgnoreCase(name)) {
                copy.add(new NamedKey(key.name(), value));
                replaced = true;
            } else {
                copy.add(key);
            }
        }
        if (!replaced) {
            copy.add(new NamedKey(name, value));
        }
        return new KeySet(copy);
    }

    /** This set without the key of that name. */
    KeySet without(String name) {
        return new KeySet(keys.stream().filter(k -> !k.name().equalsIgnoreCase(name)).toList());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeySet set && set.keys.equals(keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }
}
