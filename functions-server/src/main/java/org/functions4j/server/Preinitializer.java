package org.functions4j.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Initializes, on a thread of its own, classes the start-up needs later and whose static set-up is
 * slow on a cold JVM (Jackson's mapper, Jetty's MIME and header tables), so the main thread finds
 * them ready: Spring Boot's {@code BackgroundPreinitializer} does the same. Class initialization is
 * idempotent and thread-safe; a failure here is only logged (the main thread meets it again).
 */
final class Preinitializer {
    private static final String[] JETTY_CLASSES = {
        "org.eclipse.jetty.http.MimeTypes", "org.eclipse.jetty.http.HttpFields", "org.eclipse.jetty.http.HttpParser",
        "org.eclipse.jetty.http.HttpGenerator", "org.eclipse.jetty.server.Server",
    };

    private Preinitializer() {
    }

    static void start() {
        Thread thread = new Thread(Preinitializer::run, "functions4j-preinit");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private static void run() {
        try {
            new ObjectMapper().readTree("{\"a\":[1]}");
            for (String name : JETTY_CLASSES) {
                Class.forName(name, true, Preinitializer.class.getClassLoader());
            }
        } catch (Exception | LinkageError e) {
            Logger.getLogger(Preinitializer.class.getName()).log(Level.FINE, "pre-initialization stopped", e);
        }
    }
}
