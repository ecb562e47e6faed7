package org.functions4j.runtime.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FunctionTimeoutsTest {
    private static final Duration TIMEOUT = Duration.ofMillis(200);

    @Test
    void firesADeadlineNoEarlierThanTheTimeout() throws Exception {
        try (FunctionTimeouts timeouts = new FunctionTimeouts(TIMEOUT)) {
            CountDownLatch fired = new CountDownLatch(1);
            long start = System.nanoTime();
            long[] firedAfter = new long[1];
            timeouts.watch(() -> {
                firedAfter[0] = System.nanoTime() - start;
                fired.countDown();
            });
            assertTrue(fired.await(10, TimeUnit.SECONDS), "the deadline fired");
            assertTrue(firedAfter[0] >= TIMEOUT.toNanos(), "not early: " + firedAfter[0] + " ns");
            assertEquals(0, timeouts.watching(), "a fired watch is forgotten");
        }
    }

    @Test
    void aCancelledWatchNeverFires() throws Exception {
        try (FunctionTimeouts timeouts = new FunctionTimeouts(TIMEOUT)) {
            List<String> fired = new CopyOnWriteArrayList<>();
            CountDownLatch later = new CountDownLatch(1);
            timeouts.watch(() -> fired.add("cancelled")).cancel();
            assertEquals(0, timeouts.watching());
            Thread.sleep(TIMEOUT.toMillis() / 2);
            timeouts.watch(() -> {
                fired.add("kept");
                later.countDown();
            });
            assertTrue(later.await(10, TimeUnit.SECONDS));
            assertEquals(List.of("kept"), fired);
        }
    }

    @Test
    void watchesStartedWhileTheSweeperSleepsFireInTheOrderStarted() throws Exception {
        try (FunctionTimeouts timeouts = new FunctionTimeouts(TIMEOUT)) {
            List<Integer> fired = new CopyOnWriteArrayList<>();
            CountDownLatch all = new CountDownLatch(3);
            for (int i = 0; i < 3; i++) {
                int n = i;
                timeouts.watch(() -> {
                    fired.add(n);
                    all.countDown();
                });
                Thread.sleep(TIMEOUT.toMillis() / 4);
            }
            assertTrue(all.await(10, TimeUnit.SECONDS));
            assertEquals(List.of(0, 1, 2), fired);
        }
    }

    @Test
    void aFailingHandlerDoesNotStopLaterDeadlines() throws Exception {
        try (FunctionTimeouts timeouts = new FunctionTimeouts(TIMEOUT)) {
            CountDownLatch fired = new CountDownLatch(1);
            timeouts.watch(() -> {
                throw new IllegalStateException("handler failed");
            });
            Thread.sleep(TIMEOUT.toMillis() / 2);
            timeouts.watch(fired::countDown);
            assertTrue(fired.await(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void nothingFiresAfterClose() throws Exception {
        FunctionTimeouts timeouts = new FunctionTimeouts(TIMEOUT);
        CountDownLatch fired = new CountDownLatch(1);
        timeouts.watch(fired::countDown);
        timeouts.close();
        assertFalse(fired.await(TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS));
    }

    @Test
    void aTimeoutBeyondCenturiesIsAccepted() {
        try (FunctionTimeouts timeouts = new FunctionTimeouts(Duration.ofDays(Integer.MAX_VALUE))) {
            timeouts.watch(() -> { }).cancel();
            assertEquals(0, timeouts.watching());
        }
    }

    @Test
    void stopAllRunsTheStopHandlersOfWhatIsRunningOnce() {
        try (FunctionTimeouts timeouts = new FunctionTimeouts(null)) {
            List<String> ran = new CopyOnWriteArrayList<>();
            timeouts.watch(() -> ran.add("timeout a"), () -> ran.add("stop a"));
            timeouts.watch(() -> ran.add("timeout b"), () -> ran.add("stop b")).cancel();
            timeouts.watch(() -> ran.add("timeout c"), () -> {
                throw new IllegalStateException("a failing handler stops no other");
            });
            timeouts.watch(() -> ran.add("timeout d"), () -> ran.add("stop d"));
            assertEquals(3, timeouts.stopAll());
            assertEquals(List.of("stop a", "stop d"), ran.stream().sorted().toList());
            assertEquals(0, timeouts.watching());
            assertEquals(0, timeouts.stopAll(), "each only once");
        }
    }
}
