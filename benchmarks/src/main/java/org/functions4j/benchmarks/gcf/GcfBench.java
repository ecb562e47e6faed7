package org.functions4j.benchmarks.gcf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.functions4j.benchmarks.functions.BenchFunctions;

/**
 * The load benchmark's work as one function for Google's functions-framework invoker, which serves
 * one function per process and has no keys: check the key (from {@code BENCH_KEY}) in constant
 * time, then greet or echo by path, as {@link org.functions4j.benchmarks.BaselineServlet} does.
 */
public class GcfBench implements HttpFunction {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] KEY = System.getenv("BENCH_KEY").getBytes(StandardCharsets.UTF_8);

    @Override
    public void service(HttpRequest request, HttpResponse response) throws IOException {
        if (request.getPath().equals("/api/Anon") && request.getMethod().equals("GET")) { // no key
            response.setContentType("text/plain; charset=utf-8");
            response.getOutputStream().write(("Hello, " + request.getFirstQueryParameter("name").orElse(null))
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String given = request.getFirstHeader("x-functions-key").orElse(null);
        if (given == null || !MessageDigest.isEqual(KEY, given.getBytes(StandardCharsets.UTF_8))) {
            response.setStatusCode(401);
            return;
        }
        if (request.getPath().equals("/api/Hello") && request.getMethod().equals("GET")) {
            response.setContentType("text/plain; charset=utf-8");
            response.getOutputStream().write(("Hello, " + request.getFirstQueryParameter("name").orElse(null))
                    .getBytes(StandardCharsets.UTF_8));
        } else if (request.getPath().equals("/api/Echo") && request.getMethod().equals("POST")) {
            BenchFunctions.Message message = JSON.readValue(request.getInputStream(), BenchFunctions.Message.class);
            response.setContentType("application/json; charset=utf-8");
            response.getOutputStream().write(JSON.writeValueAsBytes(message));
        } else {
            response.setStatusCode(404);
        }
    }
}
