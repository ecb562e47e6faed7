package org.functions4j.runtime.pipeline;

import org.functions4j.runtime.invoke.QueryString;

/** The key a request presents: header {@code x-functions-key}, which wins, else query {@code code}. */
final class PresentedKey {
    /** The header a key is sent in. */
    static final String HEADER = "x-functions-key";
    /** The query parameter a key is sent in. */
    static final String PARAMETER = "code";

    private PresentedKey() {
    }

    static String of(Exchange exchange) {
        String header = exchange.header(HEADER);
        return header != null ? header : QueryString.first(exchange.query(), PARAMETER);
    }
}
