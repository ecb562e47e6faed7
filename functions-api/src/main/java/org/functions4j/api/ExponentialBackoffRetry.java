package org.functions4j.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Azure's retry policy with exponential backoff. Accepted so Azure code compiles unchanged, but it
 * has no effect: HTTP-triggered functions are not retried (on Azure neither). The host warns once
 * at load time for each function that carries it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ExponentialBackoffRetry {
    /**
     * The strategy name.
     *
     * @return {@code exponentialBackoff}
     */
    String strategy() default "exponentialBackoff";

    /**
     * The most retries per execution.
     *
     * @return the maximum retry count
     */
    int maxRetryCount();

    /**
     * The shortest delay, as {@code HH:mm:ss}.
     *
     * @return the minimum interval
     */
    String minimumInterval();

    /**
     * The longest delay, as {@code HH:mm:ss}.
     *
     * @return the maximum interval
     */
    String maximumInterval();
}
