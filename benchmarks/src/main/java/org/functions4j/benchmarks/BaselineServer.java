package org.functions4j.benchmarks;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The baseline server: {@link BaselineServlet} on the same Jetty and default thread pool as the
 * embedded Functions4J server, with no framework around it.
 *
 * <pre>java -cp ... org.functions4j.benchmarks.BaselineServer &lt;port&gt; &lt;key&gt;</pre>
 */
public final class BaselineServer {
    private BaselineServer() {
    }

    public static void main(String[] args) throws Exception {
        Server server = start(Integer.parseInt(args[0]), args[1]);
        System.out.println("Listening on http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/");
        server.join();
    }

    /** Starts the baseline on 127.0.0.1 (port 0 for a free one), with an in-memory connector as well. */
    static Server start(int port, String key) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.addConnector(new LocalConnector(server));
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new BaselineServlet(key)), "/*");
        server.setHandler(context);
        server.start();
        return server;
    }
}
