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
        if (appLoader.getResource(BEANS_XML) != null
                && isPresent("org.jboss.weld.environment.se.Weld", InstanceProviders.class.getClassLoader())) {
            return new WeldSeInstanceProvider(appLoader);
        }
        return new ConstructorInstanceProvider();
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
