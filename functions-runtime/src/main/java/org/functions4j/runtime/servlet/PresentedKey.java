package org.functions4j.runtime.servlet;

import jakarta.servlet.http.HttpServletRequest;
import org.functions4j.runtime.invoke.QueryString;

/** The key a request presents: header {@code x-functions-key}, which wins, else query {@code code}. */
final class PresentedKey {
    /** The header a key is sent in. */
    static final String HEADER = "x-functions-key";
    /** The query parameter a key is sent in. */
    static final String PARAMETER = "code";

    private PresentedKey() {
    }

    static String of(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        return header != null ? header : QueryString.first(request.getQueryString(), PARAMETER);
    }
}
