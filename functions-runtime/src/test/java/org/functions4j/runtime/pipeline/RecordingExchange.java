package org.functions4j.runtime.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/** An exchange in memory, no server: records the answer and counts completions. */
final class RecordingExchange implements Exchange {
    private final String method;
    private final String uri;
    private final String query;
    private final Map<String, String> requestHeaders = new LinkedHashMap<>();
    private final byte[] requestBody;
    final Map<String, String> responseHeaders = new LinkedHashMap<>();
    final AtomicInteger completions = new AtomicInteger();
    private final CountDownLatch completed = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile byte[] body = new byte[0];
    private volatile boolean committed;
    private boolean suspended;
    /** When set, writing a body throws this, as a broken connection does. */
    volatile IOException failWrite;

    RecordingExchange(String method, String target, String body) {
        int q = target.indexOf('?');
        this.method = method;
        this.uri = q < 0 ? target : target.substring(0, q);
        this.query = q < 0 ? null : target.substring(q + 1);
        this.requestBody = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            requestHeaders.put("Content-Length", String.valueOf(requestBody.length));
        }
    }

    RecordingExchange withHeader(String name, String value) {
        requestHeaders.put(name, value);
        return this;
    }

    /** Waits for the answer; fails the test if it does not come. */
    RecordingExchange awaitAnswer() throws InterruptedException {
        if (!completed.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("no answer to " + method + " " + uri);
        }
        return this;
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String requestUri() {
        return uri;
    }

    @Override
    public String contextPath() {
        return "";
    }

    @Override
    public String query() {
        return query;
    }

    @Override
    public String requestUrl() {
        return "http://127.0.0.1" + uri;
    }

    @Override
    public String header(String name) {
        return requestHeaders.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    @Override
    public void forEachHeader(BiConsumer<String, String> action) {
        requestHeaders.forEach(action);
    }

    @Override
    public long contentLength() {
        String length = header("Content-Length");
        return length == null ? -1 : Long.parseLong(length);
    }

    @Override
    public String protocol() {
        return "HTTP/1.1";
    }

    @Override
    public boolean isSecure() {
        return false;
    }

    @Override
    public String serverName() {
        return "127.0.0.1";
    }

    @Override
    public InputStream body() {
        return new ByteArrayInputStream(requestBody);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public void header(String name, String value) {
        responseHeaders.put(name, value);
    }

    @Override
    public boolean isCommitted() {
        return committed;
    }

    @Override
    public void reset() {
        responseHeaders.clear();
        status = 200;
    }

    @Override
    public void send(int status) {
        this.status = status;
        this.body = new byte[0];
        committed = true;
    }

    @Override
    public void send(int status, String contentType, byte[] body) throws IOException {
        if (failWrite != null) {
            throw failWrite;
        }
        this.status = status;
        responseHeaders.put("Content-Type", contentType);
        this.body = body;
        committed = true;
    }

    @Override
    public synchronized void suspend() {
        if (suspended) {
            throw new IllegalStateException("suspended twice");
        }
        suspended = true;
    }

    @Override
    public void dispatch(Runnable task) {
        Thread thread = new Thread(task, "dispatched");
        thread.start();
    }

    @Override
    public void onAbort(Runnable action) {
    }

    @Override
    public void complete() {
        completions.incrementAndGet();
        completed.countDown();
    }
}
