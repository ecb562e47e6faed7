package org.functions4j.runtime.auth;

import java.util.Map;

/**
 * An answer of the admin API, independent of the servlet API.
 *
 * @param status the status code
 * @param headers headers to set
 * @param body the JSON body, or null for none
 */
public record AdminResponse(int status, Map<String, String> headers, byte[] body) {
    static AdminResponse empty(int status) {
        return new AdminResponse(status, Map.of(), null);
    }
}
