package org.functions4j.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.functions4j.runtime.AppSettings;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.FunctionApps;
import org.functions4j.runtime.cdi.InstanceProvider;
import org.functions4j.runtime.cdi.InstanceProviders;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.server.testapp.TestFunctions;

/** Starts servers for tests, always on a free port of loopback, with keys in a new temporary directory. */
public final class TestServers {
    private TestServers() {
    }

    /** A server running the given function classes with the default host settings. */
    public static FunctionsServer start(List<Class<?>> classes) throws Exception {
        return start(classes, HostConfig.DEFAULTS);
    }

    /** A server running the given function classes. */
    public static FunctionsServer start(List<Class<?>> classes, HostConfig config) throws Exception {
        return start(classes, config, null);
    }

    /** A server running the given function classes, over HTTPS when given a certificate. */
    static FunctionsServer start(List<Class<?>> classes, HostConfig config, TlsCertificate tls) throws Exception {
        ClassLoader loader = TestServers.class.getClassLoader();
        InstanceProvider instances = InstanceProviders.forEmbedded(loader); // Weld SE when beans.xml is present
        FunctionApp app = FunctionApps.assemble(classes, new AppSettings(config, newSecretsDirectory(), null, false), instances);
        if (instances instanceof AutoCloseable closeable) {
            app.closeWith(closeable);
        }
        return FunctionsServer.start(app, "127.0.0.1", 0, loader, tls);
    }

    /** The class-path entry a class was loaded from: a test classes directory, or a jar. */
    public static Path classesOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh directory for a secret store; it does not exist yet, so the store creates it. */
    public static Path newSecretsDirectory() {
        try {
            return Files.createTempDirectory("functions4j-test").resolve("secrets");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server running {@link TestFunctions}. */
    static FunctionsServer startTestFunctions() throws Exception {
        return start(List.of(TestFunctions.class));
    }
}
