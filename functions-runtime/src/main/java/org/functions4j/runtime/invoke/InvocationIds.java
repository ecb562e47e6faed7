package org.functions4j.runtime.invoke;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random version-4 UUIDs for invocation ids. They identify, they do not protect, so
 * {@link ThreadLocalRandom} is enough and avoids the lock behind {@link UUID#randomUUID()}.
 */
final class InvocationIds {
    private InvocationIds() {
    }

    static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000L << 48) | 0x8000L << 48;
        return new UUID(high, low).toString();
    }
}
