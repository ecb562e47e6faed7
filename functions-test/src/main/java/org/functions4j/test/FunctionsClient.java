package org.functions4j.test;

import java.net.URI;
import org.functions4j.runtime.auth.SecretStore;

/**
 * Calls the app under test: {@code client.get("/api/products/a/1").asFunction("Products").send()}.
 * A parameter of a test in a {@link FunctionsTest} class. The same test runs in memory and over a
 * socket.
 */
public final class FunctionsClient {
    private final ServedApp app;

    FunctionsClient(ServedApp app) {
        this.app = app;
    }

    /** A request with any method, e.g. {@code call("PATCH", "/api/items/1")}. */
    public TestRequest call(String method, String target) {
        if (!target.startsWith("/")) {
            throw new IllegalArgumentException("the target is a path starting with '/', e.g. /api/hello, got " + target);
        }
        return new TestRequest(app, method, target);
    }

    public TestRequest get(String target) {
        return call("GET", target);
    }

    public TestRequest post(String target) {
        return call("POST", target);
    }

    public TestRequest put(String target) {
        return call("PUT", target);
    }

    public TestRequest delete(String target) {
        return call("DELETE", target);
    }

    /** The function's {@code default} key, for a test that builds its own client. */
    public String functionKey(String function) {
        return app.defaultKey(SecretStore.Scope.FUNCTION, function);
    }

    /** The master key. */
    public String masterKey() {
        return app.masterKey();
    }

    /** Where the app is served: {@code http://127.0.0.1:<port>} over a socket, {@code http://localhost} in memory. */
    public URI baseUri() {
        return app.baseUri();
    }
}
