package org.functions4j.server.hostapp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpTrigger;

/** Functions that block, sleep or never finish, for the host behaviour tests. */
public class HostFunctions {
    /** Released by a test to let {@code Blocking} invocations finish. */
    public static volatile CountDownLatch release = new CountDownLatch(0);
    /** How many {@code Blocking} invocations are running. */
    public static final AtomicInteger RUNNING = new AtomicInteger();
    /** Set when a {@code Sleeps} invocation saw its interrupt. */
    public static final AtomicBoolean INTERRUPTED = new AtomicBoolean();
    /** The stage {@code Never} returned, to check it was cancelled. */
    public static volatile CompletableFuture<String> never;

    @FunctionName("Fast")
    public static String fast(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return "fast";
    }

    @FunctionName("Blocking")
    public static String blocking(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body)
            throws InterruptedException {
        RUNNING.incrementAndGet();
        try {
            if (!release.await(20, TimeUnit.SECONDS)) {
                return "never released";
            }
            return "released";
        } finally {
            RUNNING.decrementAndGet();
        }
    }

    @FunctionName("Sleeps")
    public static String sleeps(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        try {
            Thread.sleep(20_000);
            return "woke up";
        } catch (InterruptedException e) {
            INTERRUPTED.set(true);
            return "interrupted";
        }
    }

    @FunctionName("Never")
    public static CompletionStage<String> never(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        never = new CompletableFuture<>();
        return never;
    }

    @FunctionName("Upload")
    public static int upload(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) byte[] body) {
        return body == null ? 0 : body.length;
    }
}
