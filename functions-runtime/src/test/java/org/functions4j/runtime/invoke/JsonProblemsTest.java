package org.functions4j.runtime.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14.5 and 14.7: what a client reads about a bad JSON body names no Java type and says where. */
class JsonProblemsTest {
    /** Configured as {@code FunctionApp}'s body mapper. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Pattern JAVA = Pattern.compile("java\\.|com\\.fasterxml|org\\.functions4j|`|\\$|JsonToken|Constraints");

    public static class Message {
        public String text;
        public int count;
        public Kind kind;
        public List<Item> items;
        public UUID id;
    }

    public static class Item {
        public long quantity;
        public boolean gift;
    }

    public enum Kind { SMALL, LARGE }

    private static JavaType type(String name) {
        return switch (name) {
            case "message" -> JSON.constructType(Message.class);
            case "strings" -> JSON.constructType(new TypeReference<List<String>>() { });
            case "map" -> JSON.constructType(new TypeReference<Map<String, Integer>>() { });
            case "int" -> JSON.constructType(int.class);
            case "any" -> JSON.constructType(Object.class);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** type | body | message */
    @ParameterizedTest(name = "[{index}] {0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            message | [1,2]                               | The request body does not fit this function: expected an object at the top level, found an array (line 1, column 1).
            message | '{"text":"a"} xyz'                  | The request body is not valid JSON: Unrecognized token 'xyz': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (line 1, column 14).
            message | '{"text":"a"} {"b":1}'              | The request body does not fit this function: unexpected content after the JSON value (line 1, column 14).
            message | '{"count":"many"}'                  | The request body does not fit this function: the value at "/count" is not an integer (line 1, column 10).
            message | '{"count":99999999999}'             | The request body is not valid JSON: Numeric value (99999999999) out of range of int (-2147483648 - 2147483647) at "/count" (line 1, column 21).
            message | '{"kind":"MEDIUM"}'                 | The request body does not fit this function: the value at "/kind" is not one of ["SMALL", "LARGE"] (line 1, column 9).
            message | '{"items":[{"quantity":[]}]}'       | The request body does not fit this function: expected an integer at "/items/0/quantity", found an array (line 1, column 23).
            message | '{"items":{"quantity":1}}'          | The request body does not fit this function: expected an array at "/items", found an object (line 1, column 10).
            message | '{"items":[{"gift":"perhaps"}]}'    | The request body does not fit this function: the value at "/items/0/gift" is not true or false (line 1, column 19).
            message | '{"id":"not-a-uuid"}'               | The request body does not fit this function: the value at "/id" is not a UUID string (line 1, column 7).
            message | '{"text":"a"'                       | The request body is not valid JSON: Unexpected end-of-input: expected close marker for Object (opened at line 1, column 1) (line 1, column 12).
            message | '{"text":}'                         | The request body is not valid JSON: Unexpected character ('}' (code 125)): expected a value (line 1, column 9).
            message | '   '                                 | The request body does not fit this function: the body holds no JSON value.
            strings | '{"a":1}'                           | The request body does not fit this function: expected an array at the top level, found an object (line 1, column 1).
            strings | '[1,[2]]'                           | The request body does not fit this function: expected a string at "/1", found an array (line 1, column 4).
            map     | '{"a~b/c":"x"}'                     | The request body does not fit this function: the value at "/a~0b~1c" is not an integer (line 1, column 10).
            int     | '"seven"'                           | The request body does not fit this function: the value at the top level is not an integer (line 1, column 1).
            """)
    void saysWhatWasExpectedWhereWithoutJavaNames(String typeName, String body, String expected) {
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JSON.readerFor(type(typeName)).readValue(body));
        String message = JsonProblems.describe(e);
        assertEquals(expected, message);
        assertFalse(JAVA.matcher(message).find(), message);
    }

    @org.junit.jupiter.api.Test
    void limitsOfTheParserAreNamedWithoutTheirSettings() {
        String deep = "[".repeat(1_001) + "]".repeat(1_001);
        JsonProcessingException e = assertThrows(JsonProcessingException.class,
                () -> JSON.readerFor(type("any")).readValue(deep));
        String message = JsonProblems.describe(e);
        assertFalse(JAVA.matcher(message).find(), message);
        assertEquals(true, message.contains("nesting depth (1001) exceeds the maximum allowed (1000)"), message);
    }
}
