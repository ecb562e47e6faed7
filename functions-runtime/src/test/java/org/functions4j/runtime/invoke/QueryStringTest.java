package org.functions4j.runtime.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The query a Java function sees on Azure. Rows 1-3: Azure/azure-functions-host,
 * test/WebJobs.Script.Tests/Workers/Rpc/GrpcMessageConversionExtensionsTests.cs, HttpObjects_Query.
 * The rest: ASP.NET Core's query collection (names ignore case, the first spelling kept, values of a
 * repeated name joined by StringValues.ToString with ","; '+' is a space; an escape that is not
 * UTF-8 stays as sent) and the Java worker's RpcHttpRequestDataSource (blank values dropped).
 */
class QueryStringTest {
    /** query | name:value pairs expected, ';'-separated ("-": none) */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            say=Hi&to=Mom        | say:Hi;to:Mom
            say=Hi               | say:Hi
            say=Hi&to=           | say:Hi
            k=a&k=b              | k:a,b
            K=a&k=b&k=c          | K:a,b,c
            k=a&k=               | k:a,
            to=%20&say=a+b       | say:a b
            flag&x=1             | x:1
            =orphan&x=%C3%A9     | x:é
            x=%zz%41             | x:%zzA
            x=%C3                | x:%C3
            x=%e2%82%ac%25       | x:€%
            a%3Db=c%26d          | a=b:c&d
            &&x=1&&              | x:1
            x=a=b                | x:a=b
            x=                   | -
            =v                   | -
            flag                 | -
            x=%20                | -
            """)
    void parsesAsTheAzureHostHandsItToAJavaFunction(String query, String expected) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : expected.equals("-") ? new String[0] : expected.split(";")) {
            int eq = pair.indexOf(':');
            values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        assertEquals(values, QueryString.parse(query));
    }
}
