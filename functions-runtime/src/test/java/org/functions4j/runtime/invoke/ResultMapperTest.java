package org.functions4j.runtime.invoke;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpStatusType;
import org.junit.jupiter.api.Test;

class ResultMapperTest {
    private final ResultMapper mapper = new ResultMapper(new ObjectMapper());

    private static HttpResponseMessage.Builder response(HttpStatusType status) {
        return new FunctionResponse.Builder(status);
    }

    private static String text(FunctionResult result) {
        return result.body() == null ? null : new String(result.body(), StandardCharsets.UTF_8);
    }

    @Test
    void mapsEachKindOfResult() throws Exception {
        record Row(Object value, int status, String contentType, String body) {
        }
        List<Row> rows = List.of(
                new Row(null, 204, null, null),
                new Row(Optional.empty(), 204, null, null),
                new Row("héllo", 200, ResultMapper.TEXT, "héllo"),
                new Row(Optional.of("x"), 200, ResultMapper.TEXT, "x"),
                new Row(new byte[] {1, 2}, 200, ResultMapper.OCTETS, "\u0001\u0002"),
                new Row(Map.of("a", 1), 200, ResultMapper.JSON, "{\"a\":1}"),
                new Row(List.of(1, 2), 200, ResultMapper.JSON, "[1,2]"),
                new Row(response(HttpStatus.CREATED).body("made").build(), 201, ResultMapper.TEXT, "made"),
                new Row(response(HttpStatus.ACCEPTED).body(Map.of("k", "v")).build(), 202, ResultMapper.JSON, "{\"k\":\"v\"}"),
                new Row(response(HttpStatus.OK).build(), 200, null, null),
                new Row(response(HttpStatus.NO_CONTENT).body("dropped").build(), 204, null, null),
                new Row(response(HttpStatusType.custom(299)).body("custom").build(), 299, ResultMapper.TEXT, "custom"));
        for (Row row : rows) {
            FunctionResult result = mapper.map(row.value);
            assertEquals(row.status, result.status(), () -> "status of " + row);
            assertEquals(row.contentType, result.contentType(), () -> "content type of " + row);
            assertEquals(row.body, text(result), () -> "body of " + row);
        }
    }

    @Test
    void keepsTheHeadersAFunctionSetMatchedIgnoringCase() throws Exception {
        HttpResponseMessage message = response(HttpStatus.OK).header("Content-Type", "text/html").header("X-A", "1")
                .header("x-a", "2").body("<p>").build();
        assertEquals("2", message.getHeader("X-A"));
        FunctionResult result = mapper.map(message);
        assertEquals(Map.of("Content-Type", "text/html", "X-A", "2"), Map.copyOf(result.headers()));
        assertArrayEquals("<p>".getBytes(StandardCharsets.UTF_8), result.body());
        assertEquals(200, message.getStatusCode());
    }

    @Test
    void refusesAnImpossibleStatusWhenTheFunctionBuildsIt() {
        assertThrows(IllegalArgumentException.class, () -> response(HttpStatusType.custom(42)));
        assertThrows(IllegalArgumentException.class, () -> HttpStatusType.custom(0));
        assertThrows(IllegalArgumentException.class, () -> response(HttpStatus.OK).header("x", null));
        assertNull(response(HttpStatus.OK).build().getHeader("missing"));
    }
}
