package org.functions4j.runtime;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import org.functions4j.runtime.auth.KeyAuthorizer;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.runtime.cdi.InstanceCreationException;
import org.functions4j.runtime.cdi.InstanceProvider;
import org.functions4j.runtime.host.AccessLog;
import org.functions4j.runtime.host.ConcurrencyGate;
import org.functions4j.runtime.host.DynamicThrottle;
import org.functions4j.runtime.host.FunctionTimeouts;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.runtime.observe.Observer;
import org.functions4j.runtime.observe.Observers;
import org.functions4j.runtime.host.LoadMonitor;
import org.functions4j.runtime.invoke.Invoker;
import org.functions4j.runtime.invoke.ResultMapper;
import org.functions4j.runtime.model.DefinitionException;
import org.functions4j.runtime.model.DefinitionProblem;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.FunctionDefinition;
import org.functions4j.runtime.webhook.WebhookReceivers;

/**
 * A loaded function app: the validated catalog with its route table, one invoker per function,
 * the host settings and the key authorizer. Built once at start-up; immutable and thread-safe.
 */
public final class FunctionApp implements AutoCloseable {
    /** The live thread count the dynamic throttle treats as 100%. */
    static final int THREAD_LIMIT = 2_000;

    private final FunctionCatalog catalog;
    private final Map<FunctionDefinition, Invoker> invokers;
    private final InstanceProvider instances;
    private final HostConfig config;
    private final KeyAuthorizer authorizer;
    private final SecretStore secrets;
    private final ObjectMapper json;
    private final ResultMapper results;
    private final WebhookReceivers webhooks;
    private final ConcurrencyGate gate;
    private final DynamicThrottle throttle = new DynamicThrottle();
    private final LoadMonitor loadMonitor;
    private final FunctionTimeouts timeouts;
    private final AccessLog accessLog;
    private final Observer observer;
    private final Instant startedAt = Instant.now();
    private volatile DoubleSupplier connectionLoad = () -> -1;
    private final List<AutoCloseable> closeWith = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Requests inside the app now; a retiring app waits for this to reach zero. */
    private final AtomicInteger inside = new AtomicInteger();
    private final CountDownLatch drained = new CountDownLatch(1);
    private volatile boolean retiring;
    private volatile ClassLoader classLoader;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FunctionApp(FunctionCatalog catalog, Map<FunctionDefinition, Invoker> invokers, InstanceProvider instances,
                        HostConfig config, KeyAuthorizer authorizer, SecretStore secrets, ObjectMapper json) {
        this.catalog = catalog;
        this.invokers = invokers;
        this.instances = instances;
        this.config = config;
        this.authorizer = authorizer;
        this.secrets = secrets;
        this.json = json;
        this.results = new ResultMapper(json);
        this.webhooks = new WebhookReceivers(json, Clock.systemUTC(), config.slackTimestampTolerance());
        this.gate = new ConcurrencyGate(config.maxConcurrentRequests(), config.maxOutstandingRequests());
        this.loadMonitor = config.dynamicThrottlesEnabled()
                ? LoadMonitor.start(throttle, config.throttleSampleInterval(), THREAD_LIMIT, () -> connectionLoad.getAsDouble())
                : null;
        this.accessLog = config.accessLog() ? new AccessLog() : null;
        this.timeouts = new FunctionTimeouts(config.functionTimeout()); // also answers what runs at stop
        this.observer = Observers.detect(config.observability(), catalog.routePrefix(), inside::get);
        secrets.onReload(observer::keysReloaded);
    }

    /**
     * Prepares the functions of a validated catalog for calls.
     *
     * @param catalog the functions, validated (see {@link FunctionCatalog#of})
     * @param config the host settings
     * @param instances supplies instances for instance-method functions
     * @param secrets the keys, also served by the admin API
     * @param authorizer decides which requests may call which function
     * @return the app
     * @throws DefinitionException when a function's instance cannot be made, naming class, method and function
     */
    public static FunctionApp create(FunctionCatalog catalog, HostConfig config, InstanceProvider instances,
                                     SecretStore secrets, KeyAuthorizer authorizer) {
        ObjectMapper json = newObjectMapper();
        Map<FunctionDefinition, Invoker> invokers = new IdentityHashMap<>();
        List<DefinitionProblem> problems = new ArrayList<>();
        for (FunctionDefinition function : catalog.functions()) {
            try {
                invokers.put(function, Invoker.create(function, instances, json));
            } catch (InstanceCreationException | IllegalAccessException e) {
                problems.add(instanceProblem(function, e));
            }
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        return new FunctionApp(catalog, invokers, instances, config, authorizer, secrets, json);
    }

    /**
     * Makes every function's instance now, for a provider that resolves lazily because it starts in
     * the background ({@code InstanceProviders.startingForEmbedded}): the host calls it before it
     * serves, so a failing container or constructor stops start-up as an eager provider's would.
     *
     * @throws DefinitionException naming each function whose instance cannot be made
     */
    public void prepareInstances() {
        try {
            instances.awaitStarted();
        } catch (InstanceCreationException e) { // one problem, not one per function
            throw new DefinitionException(List.of(new DefinitionProblem("the CDI container", e.getMessage(),
                    "its message names the bean and injection point to fix")));
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        for (FunctionDefinition function : catalog.functions()) {
            try {
                invokers.get(function).prepareInstance();
            } catch (InstanceCreationException e) {
                problems.add(instanceProblem(function, e));
            }
        }
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
    }

    private static DefinitionProblem instanceProblem(FunctionDefinition function, Exception e) {
        return new DefinitionProblem(function.entryPoint() + " (function '" + function.name() + "')", e.getMessage(),
                "make the class public and its constructor succeed");
    }

    /** The mapper used for request and response bodies: lenient about unknown properties, as Azure is; strict about trailing content. */
    private static ObjectMapper newObjectMapper() {
        return new ObjectMapper()
                .findAndRegisterModules()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS); // `{"a":1} xyz` is not JSON
    }

    /** The functions and routes. */
    public FunctionCatalog catalog() {
        return catalog;
    }

    /** The invoker of a function of this app. */
    public Invoker invoker(FunctionDefinition function) {
        return invokers.get(function);
    }

    /** The host settings. */
    public HostConfig config() {
        return config;
    }

    /** Who may call what. */
    public KeyAuthorizer authorizer() {
        return authorizer;
    }

    /** The keys. */
    public SecretStore secrets() {
        return secrets;
    }

    /** The JSON mapper for bodies and error messages. */
    public ObjectMapper json() {
        return json;
    }

    /** The webhook receivers. */
    public WebhookReceivers webhooks() {
        return webhooks;
    }

    /** {@code maxConcurrentRequests} and {@code maxOutstandingRequests}. */
    public ConcurrencyGate gate() {
        return gate;
    }

    /** {@code dynamicThrottlesEnabled}: whether requests are refused now. */
    public DynamicThrottle throttle() {
        return throttle;
    }

    /** The running invocations and their deadlines ({@code functionTimeout}; none when it is off). */
    public FunctionTimeouts timeouts() {
        return timeouts;
    }

    /** What the app reports to metrics and traces ({@link Observer#NONE} when both are off). */
    public Observer observer() {
        return observer;
    }

    /** The access log, or null when it is off. */
    public AccessLog accessLog() {
        return accessLog;
    }

    /** When the app was loaded. */
    public Instant startedAt() {
        return startedAt;
    }

    /**
     * Tells the dynamic throttle how busy the server's connections are (the embedded server knows;
     * a servlet container may not, and then the counter is not watched).
     *
     * @param load open connections as a fraction of their limit, negative when unknown
     */
    public void reportConnectionLoadWith(DoubleSupplier load) {
        this.connectionLoad = load;
    }

    /**
     * The class loader the app was loaded from: the pipeline makes it the context class loader of
     * the threads that run the app's code, so a server can swap apps from different loaders.
     *
     * @param loader the loader, or null to leave threads' context class loaders as they are
     */
    public void useClassLoader(ClassLoader loader) {
        this.classLoader = loader;
    }

    /** The app's class loader, or null when none was given. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /**
     * A request enters the app; call {@link #exit()} once when it is answered.
     *
     * @return false when the app is being retired: the request must go to its successor
     */
    public boolean enter() {
        inside.incrementAndGet();
        if (retiring) {
            exit();
            return false;
        }
        return true;
    }

    /** A request that {@linkplain #enter() entered} is answered. */
    public void exit() {
        if (inside.decrementAndGet() == 0 && retiring) {
            drained.countDown();
        }
    }

    /**
     * Takes no more requests, and waits for those inside to be answered.
     *
     * @param wait how long to wait at most
     * @return true when every request inside was answered in time
     */
    public boolean retire(Duration wait) throws InterruptedException {
        retiring = true;
        if (inside.get() == 0) {
            return true;
        }
        return drained.await(wait.toNanos(), TimeUnit.NANOSECONDS) || inside.get() == 0;
    }

    /** Closes the resource when the app closes (a CDI container, a watcher). */
    public void closeWith(AutoCloseable resource) {
        closeWith.add(resource);
    }

    /** Stops the app's background threads (load monitor, timers, access log writer) and what it was given to close. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (AutoCloseable resource : closeWith) {
            try {
                resource.close();
            } catch (Exception e) {
                java.util.logging.Logger.getLogger(FunctionApp.class.getName())
                        .log(java.util.logging.Level.WARNING, "cannot close " + resource, e);
            }
        }
        if (loadMonitor != null) {
            loadMonitor.close();
        }
        timeouts.close();
        if (accessLog != null) {
            accessLog.close();
        }
        observer.close();
    }

    /** Maps function results to responses. */
    public ResultMapper results() {
        return results;
    }
}
