package org.functions4j.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Azure's retry policy with a fixed delay. Accepted so Azure code compiles unchanged, but it has no
 * effect: HTTP-triggered functions are not retried (on Azure neither). The host warns once at load
 * time for each function that carries it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FixedDelayRetry {
    /**
     * The strategy name.
     *
     * @return {@code fixedDelay}
     */
    String strategy() default "fixedDelay";

    /**
     * The most retries per execution.
     *
     * @return the maximum retry count
     */
    int maxRetryCount();

    /**
     * The delay between retries, as {@code HH:mm:ss}.
     *
     * @return the delay
     */
    String delayInterval();
}
