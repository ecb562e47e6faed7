package org.functions4j.runtime.host;

/**
 * One reading of the counters the dynamic throttle watches, each as a fraction of its limit
 * (0.0 to 1.0); a negative value means the counter is not available here.
 *
 * @param cpu the process's CPU load
 * @param heap heap used over the maximum heap
 * @param threads live threads over the thread limit
 * @param connections open connections over the connection limit
 */
public record LoadSample(double cpu, double heap, double threads, double connections) {
    /** The first counter at or above the threshold, or null when all are below. */
    String over(double threshold) {
        if (cpu >= threshold) {
            return "cpu";
        }
        if (heap >= threshold) {
            return "memory";
        }
        if (threads >= threshold) {
            return "threads";
        }
        return connections >= threshold ? "connections" : null;
    }
}
