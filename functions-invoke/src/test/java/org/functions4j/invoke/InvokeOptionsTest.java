package org.functions4j.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvokeOptionsTest {
    private static final String[] REQUIRED = {"--function", "http://127.0.0.1:7071/api/Status", "--key", "k"};

    private static InvokeOptions parse(String... more) throws UsageException {
        String[] args = new String[REQUIRED.length + more.length];
        System.arraycopy(REQUIRED, 0, args, 0, REQUIRED.length);
        System.arraycopy(more, 0, args, REQUIRED.length, more.length);
        return InvokeOptions.parse(args, Map.of("SYSTEM_TEAMPROJECTID", "proj-42", "BUILD_ID", "7"));
    }

    /** option | value | fragment of the one-line error */
    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            --headers    | {not json               | --headers is not valid JSON
            --headers    | [1, 2]                  | --headers must be a JSON object
            --headers    | "{""a"": {""b"": 1}}"   | --headers: the value of 'a' must be a string
            --query      | ?a=1                    | --query must not start with '?' or '&'
            --query      | &a=1                    | --query must not start with '?' or '&'
            --method     | FETCH                   | --method must be one of OPTIONS GET HEAD POST PUT DELETE TRACE PATCH
            --method     | CONNECT                 | --method must be one of
            --completion | Eventually              | --completion must be ApiResponse or Callback
            --timeout    | 0                       | --timeout must be a whole number of seconds
            --timeout    | soon                    | --timeout must be a whole number of seconds
            --criteria   | eq(1, x)                | --criteria: Unrecognized value: 'x'. Located at position 7 within expression: eq(1, x)
            --output     | yaml                    | --output must be text or json
            --var        | noequals                | --var needs name=value
            --nope       | x                       | unknown option '--nope'
            """)
    void refusesBadInputsInOneLine(String option, String value, String expected) {
        UsageException e = assertThrows(UsageException.class, () -> parse(option, value));
        assertTrue(e.getMessage().startsWith(expected), e::getMessage);
    }

    /** Issue 18.5: what the Maven goal builds is checked exactly as the command line is. */
    @Test
    void theBuilderGivesWhatTheCommandLineGives() throws Exception {
        InvokeOptions built = InvokeOptions.builder().function("http://127.0.0.1:7071/api/Status").key("k")
                .method("get").headers("{\"X-Build\": \"$(Build.Id)\"}").query("a=1").body("b")
                .completion("Callback").criteria("eq(root['status'], 'successful')")
                .timeout(java.time.Duration.ofSeconds(7)).callbackTimeout(java.time.Duration.ofSeconds(9))
                .build(Map.of("BUILD_ID", "7"));
        InvokeOptions parsed = InvokeOptions.parse(new String[] {"--function", "http://127.0.0.1:7071/api/Status",
                "--key", "k", "--method", "get", "--headers", "{\"X-Build\": \"$(Build.Id)\"}", "--query", "a=1",
                "--body", "b", "--completion", "Callback", "--criteria", "eq(root['status'], 'successful')",
                "--timeout", "7", "--callback-timeout", "9"}, Map.of("BUILD_ID", "7"));
        // each build starts a new trace (its traceparent is random): all else is the same
        assertEquals(parsed.toString().replace(parsed.traceparent(), ""), built.toString().replace(built.traceparent(), ""));
        assertTrue(built.traceparent().matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), built.traceparent());
        assertEquals(Map.of("X-Build", "7"), built.headers());
        assertEquals("--method must be one of OPTIONS GET HEAD POST PUT DELETE TRACE PATCH, got 'FETCH'",
                assertThrows(UsageException.class, () -> InvokeOptions.builder().function("http://h/api/x").key("k")
                        .method("FETCH").build(Map.of())).getMessage());
        assertEquals("--key is required (see --help)", assertThrows(UsageException.class,
                () -> InvokeOptions.builder().function("http://h/api/x").key(" ").build(Map.of())).getMessage());
    }

    @Test
    void requiresTheFunctionAndTheKey() {
        assertEquals("--function is required (see --help)", assertThrows(UsageException.class,
                () -> InvokeOptions.parse(new String[] {"--key", "k"}, Map.of())).getMessage());
        assertEquals("--key is required (see --help)", assertThrows(UsageException.class,
                () -> InvokeOptions.parse(new String[] {"--function", "http://h/api/x"}, Map.of())).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> InvokeOptions.parse(
                new String[] {"--function", "ftp://h/x", "--key", "k"}, Map.of())).getMessage().contains("http or https"));
    }

    @Test
    void expandsMacrosFromVariablesThenTheEnvironment() throws Exception {
        InvokeOptions options = parse("--headers", "{\"X-Project\": \"$(system.TeamProjectId)\", \"X-Build\": \"$(Build.Id)\"}",
                "--query", "run=$(run)&unknown=$(not.set)", "--body", "{\"by\": \"$(who)\"}", "--var", "run=12", "--var", "who=ann");
        assertEquals(Map.of("X-Project", "proj-42", "X-Build", "7"), options.headers());
        assertEquals("run=12&unknown=$(not.set)", options.query(), "a macro with no value stays as written");
        assertEquals("{\"by\": \"ann\"}", options.body());
    }

    @Test
    void hasTheTasksDefaults() throws Exception {
        InvokeOptions options = parse();
        assertEquals("POST", options.method());
        assertEquals(20, options.timeout().toSeconds(), "the original task's limit");
        assertEquals(false, options.callback());
        assertEquals(false, options.keyInQuery(), "the key goes in x-functions-key unless asked");
    }
}
