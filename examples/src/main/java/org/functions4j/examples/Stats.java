package org.functions4j.examples;

import java.lang.management.ManagementFactory;
import java.util.Map;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpTrigger;

/** An ADMIN-level function: only the master key may call it. */
public class Stats {
    /**
     * Reports the JVM's uptime and memory: operational data that should not be public.
     *
     * @param body ignored
     * @return the figures, as JSON
     */
    @FunctionName("Stats")
    public static Map<String, Long> stats(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ADMIN) String body) {
        Runtime runtime = Runtime.getRuntime();
        return Map.of("uptimeMillis", ManagementFactory.getRuntimeMXBean().getUptime(),
                "usedMemoryBytes", runtime.totalMemory() - runtime.freeMemory(),
                "availableProcessors", (long) runtime.availableProcessors());
    }
}
