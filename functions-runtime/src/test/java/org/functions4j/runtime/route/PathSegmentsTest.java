package org.functions4j.runtime.route;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a raw path becomes routing's segments: leading and one trailing slash dropped, empty segments kept. */
class PathSegmentsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "''           | ''",
            "/            | ''",
            "/a           | a",
            "a            | a",
            "/a/          | a",
            "/a/b/c       | a,b,c",
            "/a//b        | a,,b",
            "/a//         | a,",
            "//           | ''",
            "///          | ,",
            "/a/b///      | a,b,,",
            "/%61/b       | a,b",
            "/a%2Fb/c     | a%2Fb,c",
            "/a/./b/../c  | a,c",
            "/%00         | NULL",
    })
    void splitsTheDecodedPath(String raw, String expected) {
        String[] segments = PathSegments.split(raw);
        if (expected == null) {
            assertNull(segments);
        } else {
            assertArrayEquals(expected.isEmpty() ? new String[0] : expected.split(",", -1), segments);
        }
    }
}
