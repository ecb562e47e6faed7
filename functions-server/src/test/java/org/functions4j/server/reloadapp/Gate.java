package org.functions4j.server.reloadapp;

import java.util.concurrent.CountDownLatch;

/** Shared by the test and the reloaded apps: not copied into the app's classes, so loaded once, by the test. */
public final class Gate {
    public static volatile CountDownLatch entered = new CountDownLatch(1);
    public static volatile CountDownLatch release = new CountDownLatch(1);

    private Gate() {
    }
}
