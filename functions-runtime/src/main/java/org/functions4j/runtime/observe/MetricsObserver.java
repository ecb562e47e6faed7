package org.functions4j.runtime.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntSupplier;

/**
 * Micrometer meters in a Prometheus registry of the app's own: per function and status a request
 * timer (count, sum and histogram buckets, for {@code histogram_quantile}), requests in flight,
 * timeouts, webhook rejections, key reloads; and the JVM's memory, GC, threads, classes, CPU and
 * uptime. The only class that touches Micrometer: loaded only when metrics are on.
 */
final class MetricsObserver implements Observer {
    /** Label of requests no function matched. */
    static final String NO_FUNCTION = "none";
    private static final int STATUSES = 600;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    /** Per function, a timer per status (created on first use): no tag objects made per request. */
    private final ConcurrentMap<String, AtomicReferenceArray<Timer>> timers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> timeouts = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Counter> rejections = new ConcurrentHashMap<>();
    private final Counter keyReloads;

    MetricsObserver(IntSupplier inFlight) {
        Gauge.builder("functions.in.flight", inFlight::getAsInt)
                .description("Requests inside the app: waiting for a slot or running").register(registry);
        keyReloads = Counter.builder("functions.key.reloads")
                .description("Times keys were read again after another writer changed the secrets directory")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    @Override
    public void requestEnded(String function, int status, long startedNanos) {
        long nanos = System.nanoTime() - startedNanos;
        String name = function == null ? NO_FUNCTION : function;
        AtomicReferenceArray<Timer> byStatus = timers.computeIfAbsent(name, n -> new AtomicReferenceArray<>(STATUSES));
        int index = status >= 0 && status < STATUSES ? status : 0;
        Timer timer = byStatus.get(index);
        if (timer == null) {
            timer = Timer.builder("functions.requests")
                    .description("Requests answered, by function and status")
                    .tag("function", name)
                    .tag("status", String.valueOf(status))
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(60))
                    .register(registry);
            byStatus.set(index, timer);
        }
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void timedOut(String function) {
        timeouts.computeIfAbsent(function, f -> Counter.builder("functions.timeouts")
                .description("Invocations cancelled after functionTimeout").tag("function", f).register(registry))
                .increment();
    }

    @Override
    public void webhookRejected(String function) {
        rejections.computeIfAbsent(function, f -> Counter.builder("functions.webhook.rejections")
                .description("Webhook deliveries refused before the function ran").tag("function", f)
                .register(registry)).increment();
    }

    @Override
    public void keysReloaded() {
        keyReloads.increment();
    }

    @Override
    public void serverThreads(ServerThreads threads) {
        Gauge.builder("functions.server.threads", threads::threads).description("Threads of the server's request pool")
                .register(registry);
        Gauge.builder("functions.server.threads.busy", threads::busy).description("Pool threads serving a request")
                .register(registry);
        Gauge.builder("functions.server.queue", threads::queued).description("Jobs waiting for a pool thread")
                .register(registry);
    }

    @Override
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close(); // it listens to the JVM's GC notifications
        registry.close();
    }
}
