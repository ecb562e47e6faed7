package org.functions4j.runtime.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.auth.AdminKeysApi;
import org.functions4j.runtime.auth.AdminResponse;
import org.functions4j.runtime.auth.KeyAuthorizer;
import org.functions4j.runtime.route.PathSegments;

/**
 * The host's admin endpoints under {@code /admin}: health ({@link HostStatus}), keys
 * ({@link AdminKeysApi}, master key only: 401 without a key, 403 with another) and metrics
 * ({@code /admin/metrics}, Prometheus' text format: the master key, unless
 * {@code functions4j.metrics.open}); never under the route prefix, never throttled. Paths it does
 * not know are 404, and so is {@code /admin/metrics} while metrics are off.
 */
final class AdminEndpoints {
    /** The content type of Prometheus' text exposition format. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    /** Admin bodies are a key or two; anything larger is refused before it is read. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final List<String> METRICS = List.of("metrics");

    private final FunctionApp app;
    private final AdminKeysApi keys;
    private final HostStatus status;

    AdminEndpoints(FunctionApp app) {
        this.app = app;
        this.keys = new AdminKeysApi(app.secrets(), app.catalog()::canonicalName, app.json());
        this.status = new HostStatus(app);
    }

    /**
     * The segments after {@code admin} of a path (context path removed) that is the admin API's, once
     * decoded and normalized as routing does ({@code /api/x/../../admin/host/keys} is
     * {@code /admin/host/keys}); null for any other path.
     */
    static List<String> pathOf(String path) {
        if (!path.contains("admin") && path.indexOf('%') < 0) {
            return null; // the common case costs no decoding
        }
        String[] segments = PathSegments.split(path);
        return segments == null || segments.length == 0 || !segments[0].equals("admin") ? null
                : Arrays.asList(segments).subList(1, segments.length);
    }

    /**
     * Answers one admin request. A failure (a damaged or unwritable keys file) is logged with its
     * detail and answered 500 in JSON that names neither classes nor paths.
     */
    void answer(Exchange exchange, List<String> parts) throws IOException {
        if (HostStatus.handles(parts)) {
            status.answer(exchange, parts, PresentedKey.of(exchange));
            return;
        }
        if (parts.equals(METRICS)) {
            metrics(exchange);
            return;
        }
        if (!AdminKeysApi.handles(parts)) {
            exchange.send(404);
            return;
        }
        if (refusedUnlessMaster(app, exchange, PresentedKey.of(exchange))) {
            return;
        }
        if (exchange.contentLength() > MAX_BODY_BYTES) {
            exchange.send(413);
            return;
        }
        byte[] body = readAtMost(exchange.body());
        if (body == null) {
            exchange.send(413);
            return;
        }
        AdminResponse answer = keys.handle(exchange.method(), parts, body, exchange.requestUrl());
        answer.headers().forEach(exchange::header);
        if (answer.body() == null) {
            exchange.send(answer.status());
        } else {
            exchange.send(answer.status(), Answers.JSON, answer.body());
        }
    }

    private void metrics(Exchange exchange) throws IOException {
        String text = app.observer().scrape();
        if (text == null) {
            exchange.send(404);
            return;
        }
        if (!app.config().observability().metricsOpen() && refusedUnlessMaster(app, exchange, PresentedKey.of(exchange))) {
            return;
        }
        if (!exchange.method().equals("GET") && !exchange.method().equals("HEAD")) {
            exchange.header("Allow", "GET, HEAD");
            exchange.send(405);
            return;
        }
        exchange.send(200, PROMETHEUS_TEXT, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers 401 (no usable key) or 403 (a key that is not the master key) and returns true, unless the key is the master key. */
    static boolean refusedUnlessMaster(FunctionApp app, Exchange exchange, String presentedKey) {
        KeyAuthorizer.Decision decision = app.authorizer().decide(AuthorizationLevel.ADMIN, null, presentedKey);
        if (decision == KeyAuthorizer.Decision.ALLOW) {
            return false;
        }
        exchange.send(decision == KeyAuthorizer.Decision.UNAUTHORIZED ? 401 : 403);
        return true;
    }

    /** The body, or null when it is longer than {@link #MAX_BODY_BYTES} (a chunked body has no length to check first). */
    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }
}
