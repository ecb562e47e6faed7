package org.functions4j.server;

import java.util.List;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.auth.AnonymousOnlyAuthorizer;
import org.functions4j.runtime.cdi.ConstructorInstanceProvider;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.server.testapp.TestFunctions;

/** Starts servers for tests, always on a free port of loopback. */
public final class TestServers {
    private TestServers() {
    }

    /** A server running the given function classes with the default host settings. */
    public static FunctionsServer start(List<Class<?>> classes) throws Exception {
        return start(classes, HostConfig.DEFAULTS);
    }

    /** A server running the given function classes. */
    public static FunctionsServer start(List<Class<?>> classes, HostConfig config) throws Exception {
        FunctionApp app = FunctionApp.load(classes, config, new ConstructorInstanceProvider(), new AnonymousOnlyAuthorizer());
        return FunctionsServer.start(app, "127.0.0.1", 0, TestServers.class.getClassLoader());
    }

    /** A server running {@link TestFunctions}. */
    static FunctionsServer startTestFunctions() throws Exception {
        return start(List.of(TestFunctions.class));
    }
}
