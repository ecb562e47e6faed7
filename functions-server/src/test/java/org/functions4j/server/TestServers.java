package org.functions4j.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.runtime.auth.StoreKeyAuthorizer;
import org.functions4j.runtime.cdi.ConstructorInstanceProvider;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.FunctionDefinition;
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
        FunctionCatalog catalog = FunctionCatalog.of(classes, config.routePrefix());
        SecretStore store = SecretStore.open(newSecretsDirectory(), null);
        store.ensureKeys(catalog.functions().stream().map(FunctionDefinition::name).toList());
        FunctionApp app = FunctionApp.create(catalog, config, new ConstructorInstanceProvider(), store,
                new StoreKeyAuthorizer(store));
        return FunctionsServer.start(app, "127.0.0.1", 0, TestServers.class.getClassLoader());
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
