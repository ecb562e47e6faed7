package org.functions4j.api;

/** The retry state of a retried invocation (see {@link FixedDelayRetry}, {@link ExponentialBackoffRetry}). */
public interface RetryContext {
    /**
     * How many times this invocation has been retried.
     *
     * @return the retry count
     */
    int getRetrycount();

    /**
     * The most retries allowed.
     *
     * @return the maximum retry count
     */
    int getMaxretrycount();

    /**
     * The failure that caused the retry.
     *
     * @return the exception
     */
    RpcException getException();
}
