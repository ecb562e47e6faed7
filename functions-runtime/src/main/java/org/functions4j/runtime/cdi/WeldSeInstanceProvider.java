package org.functions4j.runtime.cdi;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * CDI on the embedded server: Weld SE, booted over the app's class loader because the app has a
 * {@code META-INF/beans.xml}. Apps without one never pay for it.
 */
final class WeldSeInstanceProvider implements InstanceProvider, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(WeldSeInstanceProvider.class.getName());
    /** Weld refuses a second container with a running one's id: a reloaded app runs beside its predecessor. */
    private static final AtomicInteger CONTAINERS = new AtomicInteger();

    private final WeldContainer container;
    private final ConstructorInstanceProvider plain = new ConstructorInstanceProvider();

    WeldSeInstanceProvider(ClassLoader appLoader) {
        long start = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(appLoader);
        try {
            // One flat bean archive: the app's classes and jars are one deployment.
            container = new Weld("functions4j-" + CONTAINERS.incrementAndGet()).setClassLoader(appLoader)
                    .property("org.jboss.weld.se.archive.isolation", false)
                    .initialize();
        } finally {
            thread.setContextClassLoader(previous);
        }
        LOG.info(() -> "CDI (Weld SE) started in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    @Override
    public Object instanceOf(Class<?> type) {
        if (container.getBeanManager().getBeans(type).isEmpty()) {
            return plain.instanceOf(type);
        }
        return container.select(type).get();
    }

    @Override
    public void close() {
        container.shutdown();
    }
}
