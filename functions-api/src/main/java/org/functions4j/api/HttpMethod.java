package org.functions4j.api;

import java.util.Locale;

/** The HTTP methods a function can answer. */
public enum HttpMethod {
    /** GET. */ GET,
    /** HEAD. */ HEAD,
    /** POST. */ POST,
    /** PUT. */ PUT,
    /** DELETE. */ DELETE,
    /** CONNECT. */ CONNECT,
    /** OPTIONS. */ OPTIONS,
    /** TRACE. */ TRACE,
    /** PATCH. */ PATCH;

    /**
     * The method with the given name, in any case.
     *
     * @param value a method name such as {@code "get"}
     * @return the method
     * @throws IllegalArgumentException if no method has that name
     */
    public static HttpMethod value(String value) {
        return HttpMethod.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
