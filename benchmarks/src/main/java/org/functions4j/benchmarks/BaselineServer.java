package org.functions4j.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.functions4j.benchmarks.functions.BenchFunctions;

/**
 * The baseline: a hand-written servlet on the same Jetty and thread pool doing what the benchmark
 * functions do, with no framework: check the key in constant time, then greet, or echo JSON.
 *
 * <pre>java -cp ... org.functions4j.benchmarks.BaselineServer &lt;port&gt; &lt;key&gt;</pre>
 */
public final class BaselineServer {
    private BaselineServer() {
    }

    public static void main(String[] args) throws Exception {
        byte[] key = args[1].getBytes(StandardCharsets.UTF_8);
        ObjectMapper json = new ObjectMapper();
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(Integer.parseInt(args[0]));
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                String given = request.getHeader("x-functions-key");
                if (given == null || !MessageDigest.isEqual(key, given.getBytes(StandardCharsets.UTF_8))) {
                    response.setStatus(401);
                    return;
                }
                if (request.getRequestURI().equals("/api/Hello") && request.getMethod().equals("GET")) {
                    byte[] body = ("Hello, " + request.getParameter("name")).getBytes(StandardCharsets.UTF_8);
                    response.setContentType("text/plain; charset=utf-8");
                    response.setContentLength(body.length);
                    response.getOutputStream().write(body);
                } else if (request.getRequestURI().equals("/api/Echo") && request.getMethod().equals("POST")) {
                    BenchFunctions.Message message = json.readValue(request.getInputStream(), BenchFunctions.Message.class);
                    byte[] body = json.writeValueAsBytes(message);
                    response.setContentType("application/json; charset=utf-8");
                    response.setContentLength(body.length);
                    response.getOutputStream().write(body);
                } else {
                    response.setStatus(404);
                }
            }
        }), "/*");
        server.setHandler(context);
        server.start();
        System.out.println("Listening on http://127.0.0.1:" + connector.getLocalPort() + "/");
        server.join();
    }
}
