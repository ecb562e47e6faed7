package org.functions4j.runtime.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Deadlines on a clock the test moves, swept by hand: no sleeps, no timing. */
class FunctionTimeoutsTest {
    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final long T = TIMEOUT.toNanos();

    private final AtomicLong now = new AtomicLong(1_000);
    private final FunctionTimeouts timeouts = new FunctionTimeouts(TIMEOUT, now::get, false);

    private void at(long nanosSinceStart) {
        now.set(1_000 + nanosSinceStart);
        timeouts.sweepDue();
    }

    @Test
    void firesADeadlineAtTheTimeoutAndNotBefore() {
        List<String> fired = new CopyOnWriteArrayList<>();
        timeouts.watch(() -> fired.add("a"));
        at(T - 1);
        assertEquals(List.of(), fired, "not early");
        at(T);
        assertEquals(List.of("a"), fired);
        assertEquals(0, timeouts.watching(), "a fired watch is forgotten");
        at(3 * T);
        assertEquals(List.of("a"), fired, "once");
    }

    @Test
    void aCancelledWatchNeverFires() {
        List<String> fired = new CopyOnWriteArrayList<>();
        timeouts.watch(() -> fired.add("cancelled")).cancel();
        assertEquals(0, timeouts.watching());
        at(T / 2);
        timeouts.watch(() -> fired.add("kept"));
        at(2 * T);
        assertEquals(List.of("kept"), fired);
    }

    @Test
    void watchesFireInTheOrderStartedAndTheSweepSaysWhenTheNextIsDue() {
        List<Integer> fired = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            now.set(1_000 + i * T / 4);
            timeouts.watch(() -> fired.add(n));
        }
        now.set(1_000 + T);
        assertEquals(1_000 + T + T / 4, timeouts.sweepDue(), "wakes for the next deadline, not a full timeout");
        assertEquals(List.of(0), fired);
        at(T + T / 4);
        at(T + T / 2);
        assertEquals(List.of(0, 1, 2), fired);
    }

    @Test
    void aFailingHandlerDoesNotStopLaterDeadlines() {
        List<String> fired = new CopyOnWriteArrayList<>();
        timeouts.watch(() -> {
            throw new IllegalStateException("handler failed");
        });
        timeouts.watch(() -> fired.add("later"));
        at(T);
        assertEquals(List.of("later"), fired);
    }

    @Test
    void aTimeoutBeyondCenturiesIsAccepted() {
        try (FunctionTimeouts centuries = new FunctionTimeouts(Duration.ofDays(Integer.MAX_VALUE), now::get, false)) {
            List<String> fired = new CopyOnWriteArrayList<>();
            centuries.watch(() -> fired.add("never"));
            now.addAndGet(Duration.ofDays(365 * 100).toNanos());
            centuries.sweepDue();
            assertEquals(List.of(), fired);
        }
    }

    @Test
    void stopAllRunsTheStopHandlersOfWhatIsRunningOnce() {
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
        at(2 * T);
        assertEquals(2, ran.size(), "a stopped watch never times out");
    }

    /** The real sweeper thread: fires a due deadline by itself, and ends when closed. */
    @Test
    void theSweeperThreadFiresDeadlinesAndEndsWhenClosed() throws Exception {
        FunctionTimeouts real = new FunctionTimeouts(Duration.ofMillis(1));
        CountDownLatch fired = new CountDownLatch(1);
        real.watch(fired::countDown);
        assertTrue(fired.await(10, TimeUnit.SECONDS));
        real.close();
        assertTrue(real.awaitSweeperEnd(Duration.ofSeconds(10)));
    }
}
