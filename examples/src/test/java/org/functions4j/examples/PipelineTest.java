package org.functions4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.functions4j.invoke.InvokeCli;
import org.functions4j.test.FunctionsClient;
import org.functions4j.test.FunctionsTest;
import org.junit.jupiter.api.Test;

/** functions-invoke, as a release pipeline runs it, against the examples on the embedded server (the test kit, over a socket). */
@FunctionsTest(packages = "org.functions4j.examples", socket = true)
class PipelineTest {
    @Test
    void judgesHelloByItsApiResponse(FunctionsClient client) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = InvokeCli.run(new String[] {"--function", client.baseUri() + "/api/Hello",
            "--key", client.functionKey("Hello"), "--method", "GET", "--query", "name=$(Release.RequestedFor)",
            "--criteria", "and(eq(statusCode, 200), startsWith(headers['content-type'], 'text/plain'))"},
                Map.of("RELEASE_REQUESTEDFOR", "Ann"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, exit, out::toString);
    }

    @Test
    void waitsForTheLongRunningJobToCallBack(FunctionsClient client) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = InvokeCli.run(new String[] {"--function", client.baseUri() + "/api/LongRunning",
            "--key", client.functionKey("LongRunning"), "--query", "seconds=1", "--completion", "Callback",
            "--callback-timeout", "20"}, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        String output = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, output);
        assertTrue(output.contains("  | Long-running work started: 1000 ms\n  | Long-running work finished\n"), output);
    }
}
