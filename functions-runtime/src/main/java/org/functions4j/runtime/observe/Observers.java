package org.functions4j.runtime.observe;

import java.util.function.IntSupplier;
import java.util.logging.Logger;
import org.functions4j.runtime.host.HostConfig;

/**
 * Chooses an app's observer once, when it is assembled: metrics when host.json turns them on and
 * Micrometer's Prometheus registry is on the class path; traces when OpenTelemetry's API is on the
 * class path and something configured it (unless host.json turns tracing off). Classes of an
 * absent library are never loaded: the check is by name, and only the observer that uses a
 * library names its types.
 */
public final class Observers {
    private static final Logger LOG = Logger.getLogger(Observers.class.getName());
    static final String MICROMETER_PROMETHEUS = "io.micrometer.prometheusmetrics.PrometheusMeterRegistry";
    static final String OPENTELEMETRY = "io.opentelemetry.api.GlobalOpenTelemetry";

    private Observers() {
    }

    /**
     * The observer an app's settings and class path call for.
     *
     * @param settings host.json's {@code functions4j.metrics} and {@code functions4j.tracing}
     * @param routePrefix the app's route prefix (spans name the route under it)
     * @param inFlight the requests inside the app now
     * @return the observer, {@link Observer#NONE} when neither metrics nor traces are on
     */
    public static Observer detect(HostConfig.Observability settings, String routePrefix, IntSupplier inFlight) {
        Observer metrics = null;
        if (settings.metrics()) {
            if (!present(MICROMETER_PROMETHEUS)) {
                LOG.warning("functions4j.metrics.enabled is true, but micrometer-registry-prometheus is not on the"
                        + " class path: no metrics (add io.micrometer:micrometer-registry-prometheus to the app)");
            } else {
                metrics = new MetricsObserver(inFlight);
                LOG.info(() -> "Metrics: on, at /admin/metrics" + (settings.metricsOpen() ? " (open)" : " (master key)"));
            }
        }
        Observer tracing = settings.tracing() && present(OPENTELEMETRY) ? TracingObserver.ifConfigured(routePrefix) : null;
        if (tracing != null) {
            LOG.info("Tracing: each invocation is an OpenTelemetry span");
        }
        if (metrics != null && tracing != null) {
            return new CompositeObserver(metrics, tracing);
        }
        return metrics != null ? metrics : tracing != null ? tracing : Observer.NONE;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, Observers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
