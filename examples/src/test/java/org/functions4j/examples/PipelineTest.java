package org.functions4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.functions4j.invoke.InvokeCli;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.runtime.scan.FunctionScanner;
import org.functions4j.server.FunctionsServer;
import org.functions4j.server.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** functions-invoke, as a release pipeline runs it, against the examples on the embedded server. */
class PipelineTest {
    private static FunctionsServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(FunctionScanner.scan(PipelineTest.class.getClassLoader(), false,
                List.of("org.functions4j.examples"), List.of()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String key(String function) {
        return server.app().secrets().keys(SecretStore.Scope.FUNCTION, function).get("default").orElseThrow().value();
    }

    @Test
    void judgesHelloByItsApiResponse() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = InvokeCli.run(new String[] {"--function", "http://127.0.0.1:" + server.port() + "/api/Hello",
            "--key", key("Hello"), "--method", "GET", "--query", "name=$(Release.RequestedFor)",
            "--criteria", "and(eq(statusCode, 200), startsWith(headers['content-type'], 'text/plain'))"},
                Map.of("RELEASE_REQUESTEDFOR", "Ann"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, exit, out::toString);
    }

    @Test
    void waitsForTheLongRunningJobToCallBack() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = InvokeCli.run(new String[] {"--function", "http://127.0.0.1:" + server.port() + "/api/LongRunning",
            "--key", key("LongRunning"), "--query", "seconds=1", "--completion", "Callback", "--callback-timeout", "20"},
                Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String output = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, output);
        assertTrue(output.contains("  | Long-running work started: 1000 ms\n  | Long-running work finished\n"), output);
    }
}
