package org.functions4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.functions4j.benchmarks.functions.BenchFunctions;

/**
 * The baseline: a hand-written servlet doing what the benchmark functions do, with no framework:
 * greet without a key; or check the key in constant time, then greet, or echo JSON.
 */
public final class BaselineServlet extends HttpServlet {
    private final transient ObjectMapper json = new ObjectMapper();
    private final byte[] key;

    /**
     * @param key the one key accepted in {@code x-functions-key}
     */
    public BaselineServlet(String key) {
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().equals("/api/Anon") && request.getMethod().equals("GET")) { // no key
            write(response, "text/plain; charset=utf-8",
                    ("Hello, " + request.getParameter("name")).getBytes(StandardCharsets.UTF_8));
            return;
        }
        String given = request.getHeader("x-functions-key");
        if (given == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
            response.setStatus(401);
            return;
        }
        if (request.getRequestURI().equals("/api/Hello") && request.getMethod().equals("GET")) {
            write(response, "text/plain; charset=utf-8",
                    ("Hello, " + request.getParameter("name")).getBytes(StandardCharsets.UTF_8));
        } else if (request.getRequestURI().equals("/api/Echo") && request.getMethod().equals("POST")) {
            BenchFunctions.Message message = json.readValue(request.getInputStream(), BenchFunctions.Message.class);
            write(response, "application/json; charset=utf-8", json.writeValueAsBytes(message));
        } else {
            response.setStatus(404);
        }
    }

    private static void write(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
