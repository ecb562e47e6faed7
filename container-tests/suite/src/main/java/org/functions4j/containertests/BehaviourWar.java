package org.functions4j.containertests;

import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.functions4j.server.Transport;
import org.functions4j.server.testapp.TestFunctions;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The embedded server's behaviour suite (functions-server's {@code BehaviourSuite}) in a real
 * container: a WAR of the suite's functions with the runtime and its dependencies as the example
 * WAR carries them in {@code WEB-INF/lib} (not the examples, not Weld: these use no CDI), and a
 * transport over the container's socket.
 */
public final class BehaviourWar {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BehaviourWar() {
    }

    /**
     * @param secrets where the deployed app keeps its keys
     * @return the deployment
     */
    public static WebArchive create(Path secrets) {
        WebArchive examples = ShrinkWrap.create(ZipImporter.class, "examples.war")
                .importFrom(new File(System.getProperty("examples.war"))).as(WebArchive.class);
        WebArchive war = ShrinkWrap.create(WebArchive.class, "functions4j-behaviour.war");
        for (Map.Entry<ArchivePath, Node> entry : examples.getContent().entrySet()) {
            String path = entry.getKey().get();
            // Not the examples themselves; and no Weld: the suite's functions use no CDI, and Weld
            // servlet without a bean archive refuses to start.
            if (path.startsWith("/WEB-INF/lib/") && !path.contains("weld") && !path.startsWith("/WEB-INF/lib/examples-")
                    && entry.getValue().getAsset() != null) {
                war.add(entry.getValue().getAsset(), entry.getKey());
            }
        }
        war.addClass(TestFunctions.class);
        for (Class<?> nested : TestFunctions.class.getDeclaredClasses()) {
            war.addClass(nested);
        }
        return war.setWebXML(new StringAsset("""
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                  <context-param>
                    <param-name>functions4j.secrets</param-name>
                    <param-value>%s</param-value>
                  </context-param>
                </web-app>""".formatted(secrets)));
    }

    /** Requests over the container's socket. */
    public static Transport transport(URL base) {
        return Transport.socket(base.toString().replaceAll("/$", ""), CLIENT, Duration.ofSeconds(20));
    }
}
