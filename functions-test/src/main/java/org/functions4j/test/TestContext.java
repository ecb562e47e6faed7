package org.functions4j.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.TraceContext;
import org.functions4j.runtime.invoke.FunctionInputs;

/**
 * An {@link ExecutionContext} for calling a function method directly: the runtime's own context
 * (its logger puts the invocation id in front of every line, as when served), with the lines the
 * function logs kept for the test.
 *
 * <pre>
 * TestContext context = TestContext.of("Hello");
 * new Hello().run(request, context);
 * assertEquals(List.of("Hello was called"), context.logLines());
 * </pre>
 */
public final class TestContext implements ExecutionContext {
    private static final SimpleFormatter FORMATTER = new SimpleFormatter();
    private final ExecutionContext context;
    private final List<String> lines = new ArrayList<>();
    private Logger logger;

    private TestContext(ExecutionContext context) {
        this.context = context;
    }

    /** The context of an invocation of the named function, with a new invocation id. */
    public static TestContext of(String functionName) {
        return of(functionName, Map.of());
    }

    /** The same, with route values (what {@code getRouteValues()} returns). */
    public static TestContext of(String functionName, Map<String, String> routeValues) {
        return new TestContext(FunctionInputs.context(functionName, UUID.randomUUID().toString(), routeValues,
                RequestMessages.request(HttpMethod.GET, "/").data()));
    }

    /** What the function logged, in order, without the invocation id prefix. */
    public synchronized List<String> logLines() {
        return List.copyOf(lines);
    }

    @Override
    public synchronized Logger getLogger() {
        if (logger == null) {
            logger = context.getLogger(); // one per invocation: a handler added here sees only this one's lines
            String prefix = "[" + context.getInvocationId() + "] ";
            logger.addHandler(new Handler() {
                @Override
                public void publish(LogRecord record) {
                    String message = FORMATTER.formatMessage(record);
                    synchronized (TestContext.this) {
                        lines.add(message.startsWith(prefix) ? message.substring(prefix.length()) : message);
                    }
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            });
        }
        return logger;
    }

    @Override
    public String getInvocationId() {
        return context.getInvocationId();
    }

    @Override
    public String getFunctionName() {
        return context.getFunctionName();
    }

    @Override
    public TraceContext getTraceContext() {
        return context.getTraceContext();
    }

    @Override
    public Map<String, String> getRouteValues() {
        return context.getRouteValues();
    }
}
