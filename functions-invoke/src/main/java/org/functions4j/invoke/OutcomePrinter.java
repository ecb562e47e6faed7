package org.functions4j.invoke;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Prints an outcome for people, for scripts (JSON), and for the pipeline (output variables). */
final class OutcomePrinter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutcomePrinter() {
    }

    static void print(InvokeOptions options, Outcome outcome, PrintStream out) {
        if (options.json()) {
            ObjectNode node = JSON.createObjectNode().put("result", outcome.result().taskName())
                    .put("statusCode", outcome.statusCode()).put("durationMillis", outcome.millis())
                    .put("message", outcome.message()).put("traceId", options.traceId());
            outcome.trace().forEach(node.putArray("trace")::add);
            outcome.log().forEach(node.putArray("log")::add);
            try {
                out.println(JSON.writeValueAsString(node));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            out.println(options.method() + " " + FunctionCaller.shown(options));
            if (outcome.statusCode() != 0) {
                out.println("Answer: " + outcome.statusCode() + " in " + outcome.millis() + " ms");
            }
            out.println("Trace: " + options.traceId());
            outcome.trace().forEach(line -> out.println("  " + line));
            out.println("Result: " + outcome.result().taskName() + " (" + outcome.message() + ")");
        }
        if (options.setVariables()) {
            out.println("##vso[task.setvariable variable=FunctionResult]" + outcome.result().taskName());
            out.println("##vso[task.setvariable variable=FunctionStatusCode]" + outcome.statusCode());
            if (outcome.body() != null) {
                out.println("##vso[task.setvariable variable=FunctionResponse]" + escape(outcome.body()));
            }
        }
    }

    /** A logging command ends at a line break: escape its data as the agent expects. */
    static String escape(String value) {
        return value.replace("%", "%AZP25").replace("\r", "%0D").replace("\n", "%0A");
    }
}
