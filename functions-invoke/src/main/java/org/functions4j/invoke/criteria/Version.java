package org.functions4j.invoke.criteria;

import java.util.Arrays;

/** A version literal such as {@code 1.2.3}: two to four numeric parts. */
record Version(int[] parts) implements Comparable<Version> {
    static Version parse(String text) {
        String[] pieces = text.strip().split("\\.", -1);
        if (pieces.length < 2 || pieces.length > 4) {
            return null;
        }
        int[] parts = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            if (!pieces[i].matches("\\d{1,9}")) {
                return null;
            }
            parts[i] = Integer.parseInt(pieces[i]);
        }
        return new Version(parts);
    }

    @Override
    public int compareTo(Version other) {
        for (int i = 0; i < Math.max(parts.length, other.parts.length); i++) {
            int a = i < parts.length ? parts[i] : 0;
            int b = i < other.parts.length ? other.parts[i] : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Version v && compareTo(v) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(parts);
    }

    @Override
    public String toString() {
        return String.join(".", Arrays.stream(parts).mapToObj(String::valueOf).toList());
    }
}
