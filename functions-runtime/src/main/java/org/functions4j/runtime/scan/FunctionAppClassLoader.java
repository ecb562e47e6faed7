package org.functions4j.runtime.scan;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * Loads a function app in its own class loader, child first, so the server's libraries (Jetty,
 * Jackson, ClassGraph) never clash with the app's. Only the API the app is written against,
 * Jackson's annotations (so the runtime's mapper sees the app's {@code @JsonProperty}), the CDI
 * annotations (so Weld sees the app's {@code @Inject}), SLF4J's API (so the app's log lines land in
 * the server's log stream) and OpenTelemetry's API and context (so {@code Span.current()} in a
 * function is the invocation's span) come from the server.
 */
public final class FunctionAppClassLoader extends URLClassLoader {
    private static final String[] SHARED_PACKAGES = {
        "java.", "javax.", "jdk.", "sun.", "org.functions4j.api.", "com.fasterxml.jackson.annotation.",
        // CDI and its annotations: the host's container must recognise the app's @Inject and scopes.
        "jakarta.inject.", "jakarta.enterprise.", "jakarta.annotation.", "jakarta.interceptor.", "jakarta.decorator.",
        // Logging and tracing: one log stream, one current span, whatever copies the app bundles.
        "org.slf4j.", "io.opentelemetry.api.", "io.opentelemetry.context.",
    };

    static {
        registerAsParallelCapable();
    }

    /**
     * @param urls the app's class path: directories and jars
     * @param parent the host's class loader, which supplies the shared packages
     */
    public FunctionAppClassLoader(URL[] urls, ClassLoader parent) {
        super("function-app", urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (isShared(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                try {
                    loaded = findClass(name);
                } catch (ClassNotFoundException e) {
                    return super.loadClass(name, resolve);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : super.getResource(name);
    }

    private static boolean isShared(String name) {
        for (String prefix : SHARED_PACKAGES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
