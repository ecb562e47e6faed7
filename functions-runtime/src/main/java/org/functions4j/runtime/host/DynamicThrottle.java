package org.functions4j.runtime.host;

import java.util.logging.Logger;

/**
 * {@code dynamicThrottlesEnabled}: while a sampled counter is at or above 80% of its limit,
 * requests are refused with 429. The request path reads one volatile field; sampling happens
 * elsewhere ({@link LoadMonitor}).
 */
public final class DynamicThrottle {
    /** The reference host's threshold. */
    public static final double THRESHOLD = 0.8;
    private static final Logger LOG = Logger.getLogger(DynamicThrottle.class.getName());

    private volatile String overloadedBy;

    /** Whether requests are refused now. */
    public boolean isOverloaded() {
        return overloadedBy != null;
    }

    /** Takes a new sample into account, logging each change of state. */
    public void update(LoadSample sample) {
        String over = sample.over(THRESHOLD);
        String before = overloadedBy;
        overloadedBy = over;
        if (over != null && before == null) {
            LOG.warning(() -> "Throttling: " + over + " is at or above " + (int) (THRESHOLD * 100) + "% of its limit "
                    + sample + "; answering 429 until it drops");
        } else if (over == null && before != null) {
            LOG.info(() -> "Throttling ended: every counter is below " + (int) (THRESHOLD * 100) + "% " + sample);
        }
    }
}
