package org.functions4j.server;

import java.util.logging.Level;
import java.util.logging.Logger;

/** One-line log records and a quiet Jetty, unless the user configured java.util.logging. */
final class LogSetup {
    private static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";
    /** Held strongly: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final Logger JETTY = Logger.getLogger("org.eclipse.jetty");

    private LogSetup() {
    }

    static void apply() {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return;
        }
        if (System.getProperty(FORMAT_PROPERTY) == null) {
            System.setProperty(FORMAT_PROPERTY, "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        JETTY.setLevel(Level.WARNING);
    }
}
