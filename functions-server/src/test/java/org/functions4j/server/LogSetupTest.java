package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** --verbose and --json-logs, as func start: the functions' lines always, the host's information lines on request. */
class LogSetupTest {
    private static final String[] NAMES = {"org.functions4j", "org.eclipse.jetty", "org.functions4j.access"};
    private final Map<String, Level> levels = new HashMap<>();
    private final Map<Handler, Formatter> formatters = new HashMap<>();

    @BeforeEach
    void remember() {
        for (String name : NAMES) {
            levels.put(name, Logger.getLogger(name).getLevel());
        }
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            formatters.put(handler, handler.getFormatter());
        }
    }

    @AfterEach
    void restore() {
        levels.forEach((name, level) -> Logger.getLogger(name).setLevel(level));
        formatters.forEach(Handler::setFormatter);
    }

    @Test
    void hidesTheHostsInformationLinesUnlessVerbose() {
        LogSetup.apply(false, false);
        assertFalse(Logger.getLogger("org.functions4j.runtime.auth.SecretsWatcher").isLoggable(Level.INFO));
        assertTrue(Logger.getLogger("org.functions4j.runtime.auth.SecretsWatcher").isLoggable(Level.WARNING));
        assertFalse(Logger.getLogger("org.eclipse.jetty.server.Server").isLoggable(Level.INFO));
        assertTrue(Logger.getLogger("Function.Hello").isLoggable(Level.INFO), "a function's own lines show");
        assertTrue(Logger.getLogger("org.functions4j.access").isLoggable(Level.INFO), "the access log, when host.json has it");

        LogSetup.apply(true, false);
        assertTrue(Logger.getLogger("org.functions4j.runtime.auth.SecretsWatcher").isLoggable(Level.INFO));
        assertTrue(Logger.getLogger("org.eclipse.jetty.server.Server").isLoggable(Level.INFO));
    }

    @Test
    void jsonLogsFormatTheConsole() {
        LogSetup.apply(false, true);
        int consoles = 0;
        for (Handler handler : Logger.getLogger("").getHandlers()) {
            if (handler instanceof ConsoleHandler) {
                assertInstanceOf(JsonLogFormatter.class, handler.getFormatter());
                consoles++;
            }
        }
        assertEquals(1, consoles, "java.util.logging's default console handler");
    }
}
