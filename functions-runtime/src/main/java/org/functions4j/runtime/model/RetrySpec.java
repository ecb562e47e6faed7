package org.functions4j.runtime.model;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Optional;

/**
 * A function's retry policy ({@code @FixedDelayRetry} or {@code @ExponentialBackoffRetry}, ours or
 * Azure's), as {@code function.json}'s {@code retry} section declares it. The host never retries an
 * HTTP function (Azure neither); the policy is only carried into the descriptor, as Azure's plugin does.
 *
 * @param strategy {@code fixedDelay} or {@code exponentialBackoff}
 * @param maxRetryCount the most retries, -1 for no limit
 * @param delayInterval the fixed delay ({@code hh:mm:ss}), or null
 * @param minimumInterval the first backoff ({@code hh:mm:ss}), or null
 * @param maximumInterval the largest backoff ({@code hh:mm:ss}), or null
 */
public record RetrySpec(String strategy, int maxRetryCount, String delayInterval, String minimumInterval,
                        String maximumInterval) {

    /** The method's retry policy, if it declares one. */
    public static Optional<RetrySpec> of(Method method) {
        Annotation fixed = Annotations.find(method, "FixedDelayRetry");
        if (fixed != null) {
            return Optional.of(new RetrySpec(Annotations.string(fixed, "strategy", "fixedDelay"), count(fixed),
                    Annotations.string(fixed, "delayInterval", null), null, null));
        }
        Annotation backoff = Annotations.find(method, "ExponentialBackoffRetry");
        if (backoff != null) {
            return Optional.of(new RetrySpec(Annotations.string(backoff, "strategy", "exponentialBackoff"), count(backoff),
                    null, Annotations.string(backoff, "minimumInterval", null),
                    Annotations.string(backoff, "maximumInterval", null)));
        }
        return Optional.empty();
    }

    private static int count(Annotation annotation) {
        return Annotations.integer(annotation, "maxRetryCount", 0);
    }
}
