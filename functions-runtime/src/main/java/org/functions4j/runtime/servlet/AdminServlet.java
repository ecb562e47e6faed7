package org.functions4j.runtime.servlet;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.auth.AdminKeysApi;
import org.functions4j.runtime.auth.AdminResponse;
import org.functions4j.runtime.route.PathSegments;

/**
 * The host's admin endpoints under {@code /admin}: health ({@link HostStatus}) and keys
 * ({@link AdminKeysApi}); never under the route prefix, never throttled. Paths it does not know are 404.
 */
public final class AdminServlet extends HttpServlet {
    /** Admin bodies are a key or two; anything larger is refused before it is read. */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private final transient AdminKeysApi keys;
    private final transient HostStatus status;
    private final transient ObjectMapper json;

    /**
     * @param app the function app
     */
    public AdminServlet(FunctionApp app) {
        this.keys = new AdminKeysApi(app.secrets(), app.catalog()::canonicalName, app.json());
        this.status = new HostStatus(app);
        this.json = app.json();
    }

    /**
     * Answers one admin request. A failure (a damaged or unwritable keys file) is logged with its
     * detail and answered 500 in JSON that names neither classes nor paths.
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            answer(request, response);
        } catch (RuntimeException | Error failure) {
            Failures.answer(response, json, "the admin API (" + request.getMethod() + " " + request.getRequestURI() + ")",
                    failure, null);
            Failures.rethrowIfFatal(failure);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] segments = PathSegments.split(request.getRequestURI().substring(request.getContextPath().length()));
        if (segments == null || segments.length < 2 || !segments[0].equalsIgnoreCase("admin")) {
            ResponseWriter.empty(response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<String> path = Arrays.asList(segments).subList(1, segments.length);
        if (HostStatus.handles(path)) {
            status.answer(request, response, path);
            return;
        }
        if (!AdminKeysApi.handles(path)) {
            ResponseWriter.empty(response, HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            ResponseWriter.empty(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        byte[] body = readAtMost(request.getInputStream());
        if (body == null) {
            ResponseWriter.empty(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        AdminResponse answer = keys.handle(request.getMethod(), path, PresentedKey.of(request), body,
                request.getRequestURL().toString());
        answer.headers().forEach(response::setHeader);
        if (answer.body() == null) {
            ResponseWriter.empty(response, answer.status());
        } else {
            ResponseWriter.json(response, answer.status(), answer.body());
        }
    }

    /** The body, or null when it is longer than {@link #MAX_BODY_BYTES} (a chunked body has no length to check first). */
    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }
}
