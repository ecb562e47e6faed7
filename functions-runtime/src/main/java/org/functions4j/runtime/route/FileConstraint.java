package org.functions4j.runtime.route;

import java.util.List;

/**
 * {@code file} and {@code nonfile}: whether the last path segment of the value looks like a
 * file name, that is, has a dot followed by at least one character.
 */
final class FileConstraint implements RouteConstraint {
    static final FileConstraint FILE = new FileConstraint(true);
    static final FileConstraint NONFILE = new FileConstraint(false);

    private final boolean wantFile;

    private FileConstraint(boolean wantFile) {
        this.wantFile = wantFile;
    }

    @Override
    public boolean accepts(String value) {
        return isFileName(value) == wantFile;
    }

    private static boolean isFileName(String value) {
        int dot = value.lastIndexOf('.');
        return dot > value.lastIndexOf('/') && dot < value.length() - 1;
    }

    @Override
    public String text() {
        return wantFile ? "file" : "nonfile";
    }

    @Override
    public List<String> samples() {
        return wantFile ? List.of("a.txt", "docs/readme.md") : List.of("a", "docs/readme");
    }
}
