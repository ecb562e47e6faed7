package org.functions4j.containertests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import org.functions4j.server.BehaviourSuite;
import org.functions4j.server.Transport;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded server's behaviour suite, unchanged, through the WAR in a servlet container: each
 * container module extends it. Where a container answers before the app does (paths outside
 * {@code /api}, its own URI rules), the suite's {@code isWar()} rows say so.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ContainerBehaviourSuite extends BehaviourSuite {
    @ArquillianResource
    private URL base;

    /**
     * The suite's functions as a WAR.
     *
     * @return the deployment
     */
    @Deployment(testable = false)
    public static WebArchive war() {
        try {
            return BehaviourWar.create(Files.createTempDirectory("functions4j-behaviour").resolve("secrets"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected boolean isWar() {
        return true;
    }

    @Override
    protected Transport transport() {
        return BehaviourWar.transport(base);
    }
}
