package org.functions4j.test;

import java.util.List;
import java.util.Optional;
import org.functions4j.runtime.FunctionApps;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The extension behind {@link FunctionsTest}: one app per test class (started before its first test,
 * closed after its last), one more for a method with {@link HostJson}; resolves
 * {@link FunctionsClient} parameters to the app of the test at hand.
 */
public final class FunctionsExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FunctionsExtension.class);
    private static final String APP = "app";

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        FunctionsTest settings = settings(context);
        context.getStore(NAMESPACE).put(APP, new Running(start(context, settings, settings.hostJson())));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Optional<HostJson> own = context.getTestMethod().map(method -> method.getAnnotation(HostJson.class));
        if (own.isPresent()) {
            context.getStore(NAMESPACE).put(APP, new Running(start(context, settings(context), own.get().value())));
        }
    }

    private static ServedApp start(ExtensionContext context, FunctionsTest settings, String hostJson) throws Exception {
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        List<Class<?>> classes = settings.classes().length > 0 ? List.of(settings.classes())
                : FunctionApps.functionClasses(loader, false, List.of(settings.packages()));
        return ServedApp.start(loader, classes, hostJson, settings.secrets(), settings.socket());
    }

    private static FunctionsTest settings(ExtensionContext context) {
        Class<?> type = context.getRequiredTestClass();
        while (type != null && type.getAnnotation(FunctionsTest.class) == null) {
            type = type.getEnclosingClass(); // a @Nested class uses its outer class's settings
        }
        if (type == null) {
            throw new IllegalStateException("FunctionsExtension needs @FunctionsTest on "
                    + context.getRequiredTestClass().getName());
        }
        return type.getAnnotation(FunctionsTest.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FunctionsClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context)
            throws ParameterResolutionException {
        Running running = context.getStore(NAMESPACE).get(APP, Running.class);
        if (running == null) {
            throw new ParameterResolutionException("no app is served for " + context.getDisplayName());
        }
        return new FunctionsClient(running.app);
    }

    /** A served app in JUnit's store, closed when its test class (or method) is done. */
    @SuppressWarnings("deprecation") // CloseableResource: for JUnit before 5.13, which closes no AutoCloseable
    private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final ServedApp app;
        private boolean closed;

        Running(ServedApp app) {
            this.app = app;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                app.close();
            }
        }
    }
}
