package org.functions4j.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.functions4j.invoke.testapp.PipelineFunctions;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.server.FunctionsServer;
import org.functions4j.server.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The task against real functions on the embedded server, in both completion modes. */
class InvokeCliTest {
    private static FunctionsServer server;
    private static String key;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void start() throws Exception {
        server = TestServers.start(List.of(PipelineFunctions.class));
        key = server.app().secrets().keys(SecretStore.Scope.HOST, null).get("default").orElseThrow().value();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private int run(String function, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("--function", "http://127.0.0.1:" + server.port() + "/api/" + function,
                "--key", key));
        args.addAll(List.of(more));
        return InvokeCli.run(args.toArray(String[]::new), Map.of("SYSTEM_TEAMPROJECTID", "proj-42"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** function and query | criteria ("-" for none) | exit code */
    @ParameterizedTest(name = "[{index}] {0} {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Status                  | -                                                  | 0
            Status                  | eq(root['status'], 'successful')                   | 0
            Status?status=broken    | eq(root['status'], 'successful')                   | 1
            Status                  | and(eq(statusCode, 200), gt(root.count, 2))        | 0
            Status                  | eq(headers['content-type'], 'text/plain')          | 1
            Status                  | gt(root.count, 'many')                             | 1
            NoSuchFunction          | -                                                  | 1
            """)
    void judgesTheApiResponse(String function, String criteria, int exit) throws Exception {
        int code = criteria.equals("-") ? run(function, "--method", "GET") : run(function, "--method", "GET", "--criteria", criteria);
        assertEquals(exit, code, this::output);
        assertFalse(output().contains(key), "the key is never printed");
    }

    @Test
    void showsWhyTheCriteriaFailed() throws Exception {
        assertEquals(1, run("Status", "--method", "GET", "--query", "status=broken", "--criteria",
                "and(eq(statusCode, 200), eq(root['status'], 'successful'))"));
        assertTrue(output().contains("  eq(statusCode, 200) => True\n"), output());
        assertTrue(output().contains("  eq(root['status'], 'successful') => False\n"), output());
        assertTrue(output().contains("Result: failed (the success criteria are false"), output());
    }

    @Test
    void sendsHeadersQueryAndBodyWithMacrosAndTheKeyWhereAsked() throws Exception {
        assertEquals(0, run("Status", "--headers", "{\"X-Tenant\": \"$(system.TeamProjectId)\"}", "--body", "hello $(who)",
                "--var", "who=ann", "--key-in-query", "--criteria", "and(eq(root.tenant, 'proj-42'), eq(root.body, 'hello ann'))"));
        assertTrue(output().contains("(key in ?code=)"), output());
        assertFalse(output().contains(key));
    }

    /** The call starts a W3C trace (or continues the one given) and prints its id, to find it in the app's traces. */
    @Test
    void sendsATraceparentAndPrintsTheTraceId() throws Exception {
        assertEquals(0, run("Status", "--method", "GET", "--output", "json"));
        JsonNode json = new ObjectMapper().readTree(output().split("\n")[0]);
        String traceId = json.get("traceId").asText();
        assertTrue(traceId.matches("[0-9a-f]{32}"), traceId);
        out.reset();
        String given = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        assertEquals(0, run("Status", "--method", "GET", "--headers", "{\"traceparent\": \"" + given + "\"}",
                "--criteria", "eq(root.traceparent, '" + given + "')"));
        assertTrue(output().contains("Trace: 4bf92f3577b34da6a3ce929d0e0e4736\n"), output());
        out.reset();
        assertEquals(0, run("Status", "--method", "GET", "--set-variables"));
        String printed = output().substring(output().indexOf("Trace: ") + 7, output().indexOf("Trace: ") + 39);
        assertTrue(printed.matches("[0-9a-f]{32}") && !printed.equals(traceId), "a new trace each run: " + printed);
        assertTrue(output().contains("\"traceparent\":\"00-" + printed + "-"), "the function saw that trace: " + output());
    }

    @Test
    void aWrongKeyFails() throws Exception {
        List<String> args = List.of("--function", "http://127.0.0.1:" + server.port() + "/api/Status", "--key", "wrong");
        assertEquals(1, InvokeCli.run(args.toArray(String[]::new), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(output().contains("the function answered 401"), output());
    }

    @Test
    void timesOutASlowAnswer() throws Exception {
        try {
            assertEquals(14, run("Slow", "--timeout", "1"));
            assertTrue(output().contains("no answer within 1 s"), output());
        } finally {
            PipelineFunctions.slowRelease.countDown(); // the function was held until the client gave up
        }
    }

    @Test
    void printsJsonAndPipelineVariables() throws Exception {
        assertEquals(0, run("Status", "--method", "GET", "--output", "json", "--set-variables"));
        String[] lines = output().split("\n");
        JsonNode json = new ObjectMapper().readTree(lines[0]);
        assertEquals("succeeded", json.get("result").asText());
        assertEquals(200, json.get("statusCode").asInt());
        assertEquals("##vso[task.setvariable variable=FunctionResult]succeeded", lines[1]);
        assertEquals("##vso[task.setvariable variable=FunctionStatusCode]200", lines[2]);
        assertTrue(lines[3].startsWith("##vso[task.setvariable variable=FunctionResponse]{"), lines[3]);
    }

    @Test
    void waitsForTheCallbackAndStreamsItsLog() throws Exception {
        assertEquals(0, run("LongJob", "--completion", "Callback", "--callback-timeout", "10"));
        assertTrue(output().contains("  | step 1 of 2 done\n  | step 2 of 2 done\n"), output());
        assertTrue(output().contains("Result: succeeded (the function reported succeeded)"), output());
    }

    /** result the function reports | exit code */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            failed              | 1
            succeededWithIssues | 10
            canceled            | 11
            """)
    void mapsTheReportedResultToAnExitCode(String result, int exit) throws Exception {
        assertEquals(exit, run("LongJob?result=" + result, "--completion", "Callback", "--callback-timeout", "10"), this::output);
    }

    @Test
    void acceptsBasicAuthenticationWithTheTokenAsPassword() throws Exception {
        // Exit 0 means the endpoint accepted the Basic-authenticated TaskCompleted.
        assertEquals(0, run("LongJob?auth=basic", "--completion", "Callback", "--callback-timeout", "10"), this::output);
    }

    @Test
    void refusesAWrongTokenAndTimesOutWithoutACallback() throws Exception {
        assertEquals(14, run("LongJob?token=forged", "--completion", "Callback", "--callback-timeout", "2"));
        assertEquals(401, PipelineFunctions.callbackStatus("token=forged").get(10, java.util.concurrent.TimeUnit.SECONDS),
                "the callback endpoint checks the token");
        assertTrue(output().contains("no TaskCompleted within 2 s"), output());
    }

    @Test
    void refusesAnUnknownResult() throws Exception {
        assertEquals(14, run("LongJob?result=exploded", "--completion", "Callback", "--callback-timeout", "2"));
        assertEquals(400, PipelineFunctions.callbackStatus("result=exploded").get(10, java.util.concurrent.TimeUnit.SECONDS));
    }
}
