package org.functions4j.runtime.invoke;

import java.util.Map;

/**
 * The HTTP response a function's result maps to, independent of the servlet API.
 *
 * @param status the status code
 * @param headers the headers the function set (names matched ignoring case)
 * @param contentType the content type to send when the function set none, or null
 * @param body the body bytes, or null for none
 */
public record FunctionResult(int status, Map<String, String> headers, String contentType, byte[] body) {
}
