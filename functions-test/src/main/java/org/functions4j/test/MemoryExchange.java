package org.functions4j.test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.functions4j.runtime.pipeline.Exchange;

/** One request in memory, through the pipeline as a server would hand it over, and its answer. */
final class MemoryExchange implements Exchange {
    private final String method;
    private final URI uri;
    private final List<Map.Entry<String, String>> headers;
    private final byte[] requestBody;
    private final Executor threads;
    private final Map<String, String> responseHeaders = new LinkedHashMap<>();
    private final CountDownLatch completed = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile byte[] body = new byte[0];
    private volatile boolean committed;
    private volatile String invocationId;
    private volatile String function;

    MemoryExchange(String method, URI uri, List<Map.Entry<String, String>> headers, byte[] body, Executor threads) {
        this.method = method;
        this.uri = uri;
        this.headers = headers;
        this.requestBody = body;
        this.threads = threads;
    }

    /** Waits for the answer. */
    boolean await(long seconds) throws InterruptedException {
        return completed.await(seconds, TimeUnit.SECONDS);
    }

    Map<String, String> responseHeaders() {
        return responseHeaders;
    }

    byte[] responseBody() {
        return body;
    }

    String invocationId() {
        return invocationId;
    }

    /** The function the request was for, once it was invoked. */
    String function() {
        return function;
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String requestUri() {
        return uri.getRawPath();
    }

    @Override
    public String contextPath() {
        return "";
    }

    @Override
    public String query() {
        return uri.getRawQuery();
    }

    @Override
    public String requestUrl() {
        return uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
    }

    @Override
    public String header(String name) {
        return headers.stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue).findFirst()
                .orElse(null);
    }

    @Override
    public void forEachHeader(BiConsumer<String, String> action) {
        headers.forEach(h -> action.accept(h.getKey(), h.getValue()));
    }

    @Override
    public long contentLength() {
        return requestBody == null ? 0 : requestBody.length;
    }

    @Override
    public String protocol() {
        return "HTTP/1.1";
    }

    @Override
    public boolean isSecure() {
        return "https".equalsIgnoreCase(uri.getScheme());
    }

    @Override
    public String serverName() {
        return uri.getHost();
    }

    @Override
    public InputStream body() {
        return new ByteArrayInputStream(requestBody == null ? new byte[0] : requestBody);
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public synchronized void header(String name, String value) {
        responseHeaders.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        responseHeaders.put(name.toLowerCase(Locale.ROOT), value);
    }

    @Override
    public boolean isCommitted() {
        return committed;
    }

    @Override
    public synchronized void reset() {
        responseHeaders.clear();
        status = 200;
        body = new byte[0];
    }

    @Override
    public void send(int status) {
        this.status = status;
        this.body = new byte[0];
        header("Content-Length", "0");
    }

    @Override
    public void send(int status, String contentType, byte[] bytes) {
        this.status = status;
        if (contentType != null) {
            header("Content-Type", contentType);
        }
        header("Content-Length", String.valueOf(bytes.length));
        this.body = bytes;
    }

    @Override
    public void suspend() {
    }

    @Override
    public void dispatch(Runnable task) {
        threads.execute(task);
    }

    @Override
    public void onAbort(Runnable action) {
        // an in-memory client never goes away
    }

    @Override
    public void complete() {
        committed = true;
        completed.countDown();
    }

    @Override
    public void invocation(String id, String function) {
        invocationId = id;
        this.function = function;
    }
}
