package org.functions4j.runtime.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last line of defence of every stage: whatever throws, the client gets the error contract's
 * JSON 500 (or, once the response has started, a cut connection) and the host log gets the detail
 * under an id the client also sees. Nothing the failure says reaches the client.
 */
final class Failures {
    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {
    }

    /**
     * Logs an unexpected failure and answers 500 if nothing was sent yet.
     *
     * @param stage what was being done, for the log (e.g. "routing", "the key check")
     * @param id the invocation id, or null to make one for this request
     */
    static void answer(Exchange exchange, ObjectMapper json, String stage, Throwable failure, String id) {
        String requestId = id != null ? id : UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure in " + stage + " (invocation " + requestId + ")", failure);
        if (exchange.isCommitted()) {
            return; // the status is sent: the server cuts the response short
        }
        try {
            exchange.reset(); // drop headers a failed writer may have set
            Answers.error(exchange, json, 500,
                    "The host failed to handle the request; see the host log for invocation " + requestId + ".",
                    requestId);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot answer the failure", e);
        }
    }

    /** Rethrows errors the JVM cannot go on after (a stack overflow is local to its thread and is not one). */
    static void rethrowIfFatal(Throwable failure) {
        if (failure instanceof VirtualMachineError error && !(failure instanceof StackOverflowError)) {
            throw error;
        }
    }
}
