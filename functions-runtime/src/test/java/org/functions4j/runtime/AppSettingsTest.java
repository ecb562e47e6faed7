package org.functions4j.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Azure's app setting that disables a function: AzureWebJobs.<FunctionName>.Disabled. */
class AppSettingsTest {
    /** variable | value | disabled function, or - for none */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            AzureWebJobs.Hello.Disabled   | true  | Hello
            AzureWebJobs.Hello.Disabled   | True  | Hello
            AzureWebJobs.Hello.Disabled   | 1     | Hello
            azurewebjobs.hello.disabled   | true  | hello
            AzureWebJobs.Hello.Disabled   | false | -
            AzureWebJobs.Hello.Disabled   | 0     | -
            AzureWebJobs.Hello.Disabled   | yes   | -
            AzureWebJobs..Disabled        | true  | -
            AzureWebJobsStorage           | true  | -
            AzureWebJobs.Hello.Enabled    | true  | -
            """)
    void readsTheDisabledSetting(String variable, String value, String function) {
        assertEquals(function == null ? Set.of() : Set.of(function), AppSettings.disabledIn(Map.of(variable, value)));
    }
}
