package org.functions4j.runtime.route;

/**
 * Splits a request path into the segments routing sees: decoded and normalized first, as Kestrel
 * hands the path to ASP.NET routing ({@link PathDecoder}), then split on '/'. An encoded slash
 * ({@code %2F}) is never decoded, so it stays inside its segment as {@code %2F}.
 */
public final class PathSegments {
    private static final String[] NONE = new String[0];

    private PathSegments() {
    }

    /**
     * Decodes and splits a path.
     *
     * @param rawPath the path as sent
     * @return the segments, without the leading and one trailing slash, or null when the path cannot
     *         be routed ({@code %00})
     */
    public static String[] split(String rawPath) {
        String path = PathDecoder.decode(rawPath.startsWith("/") ? rawPath : "/" + rawPath);
        if (path == null) {
            return null;
        }
        int end = path.length();
        if (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        if (end <= 1) {
            return NONE;
        }
        return split(path, 1, end);
    }

    /** The '/'-separated segments of {@code path[start, end)}, empty ones kept: one array, no list in between. */
    private static String[] split(String path, int start, int end) {
        int count = 1;
        for (int i = path.indexOf('/', start); i >= 0 && i < end; i = path.indexOf('/', i + 1)) {
            count++;
        }
        String[] segments = new String[count];
        int from = start;
        for (int n = 0; n < count - 1; n++) {
            int slash = path.indexOf('/', from);
            segments[n] = path.substring(from, slash);
            from = slash + 1;
        }
        segments[count - 1] = path.substring(from, end);
        return segments;
    }
}
