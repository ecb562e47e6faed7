package org.functions4j.server;

import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logging as {@code func start} does it, unless the user configured java.util.logging: the
 * functions' own lines and warnings by default, the host's information lines too with
 * {@code --verbose}; one line a record, or one JSON object a line with {@code --json-logs}. Lines
 * written while a thread runs an invocation name it either way.
 */
final class LogSetup {
    private static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";
    // Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level.
    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger JETTY = Logger.getLogger("org.eclipse.jetty");
    private static final Logger HOST = Logger.getLogger("org.functions4j");
    /** The access log is switched on in host.json; when it is, its lines show. */
    private static final Logger ACCESS = Logger.getLogger("org.functions4j.access");

    private LogSetup() {
    }

    static void apply(boolean verbose, boolean json) {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        if (System.getProperty(FORMAT_PROPERTY) == null) {
            System.setProperty(FORMAT_PROPERTY, "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        JETTY.setLevel(verbose ? Level.INFO : Level.WARNING);
        HOST.setLevel(verbose ? Level.INFO : Level.WARNING);
        ACCESS.setLevel(Level.INFO);
        for (Handler handler : ROOT.getHandlers()) {
            if (handler instanceof ConsoleHandler console) {
                console.setFormatter(json ? new JsonLogFormatter() : new PlainLogFormatter());
            }
        }
    }
}
