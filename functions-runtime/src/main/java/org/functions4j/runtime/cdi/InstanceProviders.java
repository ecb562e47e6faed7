package org.functions4j.runtime.cdi;

/** Chooses how function instances are made: container CDI if present, else Weld SE for a CDI app, else constructors. */
public final class InstanceProviders {
    private static final String BEANS_XML = "META-INF/beans.xml";

    private InstanceProviders() {
    }

    /**
     * For a web app: the container's CDI when the web app has one (e.g. Weld servlet in WEB-INF/lib),
     * else constructors.
     *
     * @param appLoader the web app's class loader
     * @return the provider
     */
    public static InstanceProvider forWebApp(ClassLoader appLoader) {
        return isPresent("jakarta.enterprise.inject.spi.CDI", appLoader) && hasCdiImplementation(appLoader)
                ? new CdiInstanceProvider() : new ConstructorInstanceProvider();
    }

    /**
     * For the embedded server: Weld SE when the app has {@code META-INF/beans.xml} (and Weld SE is
     * on the server's class path), else constructors.
     *
     * @param appLoader the app's class loader
     * @return the provider; close it (when {@link AutoCloseable}) when the app stops
     */
    public static InstanceProvider forEmbedded(ClassLoader appLoader) {
        return usesWeldSe(appLoader) ? WeldSeInstanceProvider.boot(appLoader) : new ConstructorInstanceProvider();
    }

    /**
     * As {@link #forEmbedded}, but Weld SE boots on a thread of its own while the host goes on
     * (scan, assembly, Jetty): the provider then resolves lazily, and the host must call
     * {@code FunctionApp.prepareInstances()} before it serves, so a failing container or constructor
     * still stops start-up.
     *
     * @param appLoader the app's class loader
     * @return the provider; close it (when {@link AutoCloseable}) when the app stops
     */
    public static InstanceProvider startingForEmbedded(ClassLoader appLoader) {
        return usesWeldSe(appLoader) ? WeldSeInstanceProvider.bootInBackground(appLoader)
                : new ConstructorInstanceProvider();
    }

    private static boolean usesWeldSe(ClassLoader appLoader) {
        return appLoader.getResource(BEANS_XML) != null
                && isPresent("org.jboss.weld.environment.se.Weld", InstanceProviders.class.getClassLoader());
    }

    private static boolean hasCdiImplementation(ClassLoader loader) {
        return loader.getResource("META-INF/services/jakarta.enterprise.inject.spi.CDIProvider") != null;
    }

    private static boolean isPresent(String className, ClassLoader loader) {
        try {
            Class.forName(className, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
