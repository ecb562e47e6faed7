package org.functions4j.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The server JVM's options {@code functions:run} passes. */
class RunMojoTest {
    /** optimizedLaunch | jvmArgs | options (space-separated) */
    @ParameterizedTest(name = "[{index}] optimized={0} jvmArgs={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            true  | ''                                   | -XX:TieredStopAtLevel=1
            false | ''                                   | ''
            true  | -Xmx256m  -Dx=1                      | -XX:TieredStopAtLevel=1 -Xmx256m -Dx=1
            true  | -XX:TieredStopAtLevel=4              | -XX:TieredStopAtLevel=4
            false | -agentlib:jdwp=transport=dt_socket   | -agentlib:jdwp=transport=dt_socket
            """)
    void addsTheFirstTierOnlyWhenOptimizedAndNotChosen(boolean optimized, String jvmArgs, String expected) {
        List<String> options = expected.isEmpty() ? List.of() : Arrays.asList(expected.split(" "));
        assertEquals(options, RunMojo.jvmOptions(optimized, jvmArgs));
    }
}
