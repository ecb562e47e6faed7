package org.functions4j.runtime.cdi;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * CDI on the embedded server: Weld SE, booted over the app's class loader because the app has a
 * {@code META-INF/beans.xml}. Apps without one never pay for it. Booted in the background, Weld
 * (0.3 to 0.6 s) starts beside the scan, the app's assembly and Jetty instead of before them;
 * instances are then made lazily, and the host makes them all before it serves
 * ({@code FunctionApp.prepareInstances}).
 */
final class WeldSeInstanceProvider implements InstanceProvider, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WeldSeInstanceProvider.class.getName());
    /** Weld refuses a second container with a running one's id: a reloaded app runs beside its predecessor. */
    private static final AtomicInteger CONTAINERS = new AtomicInteger();
    /** Weld's own switch (a system property): set it to false to have beans.xml validated. */
    private static final String XML_VALIDATION_DISABLED = "org.jboss.weld.xml.disableValidating";

    private final CompletableFuture<WeldContainer> container = new CompletableFuture<>();
    private final boolean background;
    private final ConstructorInstanceProvider plain = new ConstructorInstanceProvider();

    private WeldSeInstanceProvider(boolean background) {
        this.background = background;
    }

    /** Boots the container now; a failing deployment throws here. */
    static WeldSeInstanceProvider boot(ClassLoader appLoader) {
        WeldSeInstanceProvider provider = new WeldSeInstanceProvider(false);
        provider.container.complete(start(appLoader));
        return provider;
    }

    /** Boots the container on a thread of its own; {@link #instanceOf} waits for it. */
    static WeldSeInstanceProvider bootInBackground(ClassLoader appLoader) {
        WeldSeInstanceProvider provider = new WeldSeInstanceProvider(true);
        Thread boot = new Thread(() -> {
            try {
                provider.container.complete(start(appLoader));
            } catch (RuntimeException | LinkageError e) {
                provider.container.completeExceptionally(e);
            }
        }, "functions4j-cdi-boot");
        boot.setDaemon(true);
        boot.start();
        return provider;
    }

    private static WeldContainer start(ClassLoader appLoader) {
        long start = System.nanoTime();
        if (System.getProperty(XML_VALIDATION_DISABLED) == null) {
            // beans.xml is still parsed, not checked against its XSD: loading the schemas is a third of Weld's boot.
            System.setProperty(XML_VALIDATION_DISABLED, "true");
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(appLoader);
        try {
            // One flat bean archive: the app's classes and jars are one deployment.
            WeldContainer started = new Weld("functions4j-" + CONTAINERS.incrementAndGet()).setClassLoader(appLoader)
                    .property("org.jboss.weld.se.archive.isolation", false)
                    .initialize();
            LOG.info(() -> "CDI (Weld SE) started in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            return started;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Override
    public Object instanceOf(Class<?> type) {
        WeldContainer weld = started();
        if (weld.getBeanManager().getBeans(type).isEmpty()) {
            return plain.instanceOf(type);
        }
        return weld.select(type).get();
    }

    @Override
    public boolean resolvesLazily() {
        return background;
    }

    @Override
    public void awaitStarted() {
        started();
    }

    private WeldContainer started() {
        try {
            return container.join();
        } catch (CompletionException e) {
            throw new InstanceCreationException("did not start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        try {
            container.join().shutdown(); // a container still booting is waited for: none outlives its app
        } catch (CompletionException e) {
            // it never started: nothing to shut down
        }
    }
}
