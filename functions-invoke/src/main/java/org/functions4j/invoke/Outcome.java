package org.functions4j.invoke;

import java.util.List;

/**
 * What an invocation came to.
 *
 * @param result the result
 * @param statusCode the function's answer's status, or 0 when there was none
 * @param millis how long the call (or, with Callback, the whole job) took
 * @param message why, in words
 * @param trace for criteria: each sub-expression and its value
 * @param log the lines the function streamed back (Callback)
 * @param body the answer's body as text (for the output variable), or null
 */
public record Outcome(Result result, int statusCode, long millis, String message, List<String> trace, List<String> log,
                      String body) {
}
