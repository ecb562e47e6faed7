package org.functions4j.runtime.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConcurrencyGateTest {

    /** maxConcurrent | maxOutstanding | the admissions of 6 requests in a row (A admitted, Q queued, R rejected) */
    @ParameterizedTest(name = "concurrent {0}, outstanding {1}")
    @CsvSource(delimiter = '|', textBlock = """
            -1 | -1 | AAAAAA
             2 | -1 | AAQQQQ
            -1 |  3 | AAARRR
             2 |  4 | AAQQRR
             1 |  1 | ARRRRR
            """)
    void admitsQueuesAndRejectsByTheLimits(int maxConcurrent, int maxOutstanding, String expected) {
        ConcurrencyGate gate = new ConcurrencyGate(maxConcurrent, maxOutstanding);
        StringBuilder admissions = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            admissions.append(gate.enter(() -> { }).name().charAt(0));
        }
        assertEquals(expected, admissions.toString());
    }

    @Test
    void handsAFreedSlotToTheLongestWaiter() {
        ConcurrencyGate gate = new ConcurrencyGate(1, -1);
        List<String> admitted = new ArrayList<>();
        assertEquals(ConcurrencyGate.Admission.ADMITTED, gate.enter(() -> admitted.add("first")));
        gate.enter(() -> admitted.add("second"));
        gate.enter(() -> admitted.add("third"));
        assertArrayEquals(new int[] {1, 2}, gate.counts());
        gate.leave();
        assertEquals(List.of("second"), admitted);
        assertArrayEquals(new int[] {1, 1}, gate.counts(), "the slot passed on: still one executing");
        gate.leave();
        gate.leave();
        assertEquals(List.of("second", "third"), admitted);
        assertArrayEquals(new int[] {0, 0}, gate.counts());
    }

    @Test
    void aWaiterThatGivesUpLeavesNoTrace() {
        ConcurrencyGate gate = new ConcurrencyGate(1, 2);
        gate.enter(() -> { });
        ConcurrencyGate.Waiter waiter = () -> { throw new AssertionError("abandoned waiters are never admitted"); };
        assertEquals(ConcurrencyGate.Admission.QUEUED, gate.enter(waiter));
        assertEquals(ConcurrencyGate.Admission.REJECTED, gate.enter(() -> { }));
        assertTrue(gate.abandon(waiter));
        assertFalse(gate.abandon(waiter));
        assertEquals(ConcurrencyGate.Admission.QUEUED, gate.enter(() -> { }), "its outstanding place is free again");
    }

    @Test
    void samplesTheJvmsCountersAsFractions() {
        LoadSample sample = LoadMonitor.sample(2_000, () -> 0.25);
        assertTrue(sample.heap() > 0 && sample.heap() < 1, sample::toString);
        assertTrue(sample.threads() > 0 && sample.threads() < 1, sample::toString);
        assertEquals(0.25, sample.connections());
        assertTrue(sample.cpu() <= 1, sample::toString);
    }

    /** query | redacted */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            code=secret                  | code=***
            name=x&code=secret&b=1       | name=x&code=***&b=1
            CODE=secret                  | CODE=***
            code                         | code=***
            codes=keep&xcode=keep        | codes=keep&xcode=keep
            a=1&&code=s                  | a=1&&code=***
            name=Ann&%63ode=KEY          | name=Ann&%63ode=***
            c%6Fde=KEY                   | c%6Fde=***
            %43%4F%44%45=KEY             | %43%4F%44%45=***
            cOdE=KEY&code=KEY2&CODE=KEY3 | cOdE=***&code=***&CODE=***
            cod%65=A&x=1&%63od%65=B      | cod%65=***&x=1&%63od%65=***
            %2563ode=keep                | %2563ode=keep
            co%zzde=keep                 | co%zzde=keep
            """)
    void redactsKeysFromAccessLogLines(String query, String expected) {
        assertEquals(expected, AccessLog.redact(query));
    }
}
