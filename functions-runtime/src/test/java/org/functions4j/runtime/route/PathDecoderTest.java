package org.functions4j.runtime.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Paths decoded and normalized as Kestrel hands them to routing. Cases from dotnet/aspnetcore
 * (MIT): src/Shared/test/Shared.Tests/UrlDecoderTests.cs and
 * src/Servers/Kestrel/Core/test/PathNormalizerTests.cs, test names beside the rows.
 */
class PathDecoderTest {
    /** raw path | decoded | UrlDecoderTests test */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /                       | /                | PathTestData
            /api/abc                | /api/abc         | PathTestData
            /api/a%2Fb              | /api/a%2Fb       | PathTestData
            /a%20b                  | /a b             | PathTestData
            /a%24b                  | /a$b             | PathTestData
            /a%C2%A2b               | /a¢b             | PathTestData
            /a%E0%A4%B9b            | /aहb             | PathTestData
            /a%E2%82%ACb            | /a€b             | PathTestData
            /a%ED%95%9Cb            | /a한b            | PathTestData
            /a%F0%90%8D%88b         | /a𐍈b            | PathTestData
            /a%25b                  | /a%b             | PathTestData
            /%E4%BD%A0%E5%A5%BD     | /你好            | PathTestData
            /a%%2Fb                 | /a%%2Fb          | PathTestData
            /a%2Fb+c                | /a%2Fb+c         | PathTestData
            /%C3%C3%A1              | /%C3á            | PathTestData
            /a%20%%b                | /a %%b           | PathTestData
            /%$$                    | /%$$             | StringInputNonHexDecodeInPlaceLeavesUnencoded
            /%1                     | /%1              | StringInputNonHexDecodeInPlaceLeavesUnencoded
            /%1$                    | /%1$             | StringInputNonHexDecodeInPlaceLeavesUnencoded
            /%%1                    | /%%1             | StringInputNonHexDecodeInPlaceLeavesUnencoded
            /%%1$                   | /%%1$            | StringInputNonHexDecodeInPlaceLeavesUnencoded
            /%FF%FF%FF%FF           | /%FF%FF%FF%FF    | StringOutOfUtf8RangeDecodeInPlaceLeavesUnencoded (FF invalid first byte)
            /%F7%BF%BF%BF           | /%F7%BF%BF%BF    | StringOutOfUtf8RangeDecodeInPlaceLeavesUnencoded (beyond 0x10FFFF)
            /%F7%C0                 | /%F7%C0          | StringOutOfUtf8RangeDecodeInPlaceLeavesUnencoded (following byte not 10xxxxxx)
            /%F0%81                 | /%F0%81          | StringOutOfUtf8RangeDecodeInPlaceLeavesUnencoded (not enough bytes)
            /%ED%A0%81              | /%ED%A0%81       | StringOutOfUtf8RangeDecodeInPlaceLeavesUnencoded (range D800-DFFF)
            /a%5Cb                  | /a\\b            | a backslash is a character, not a separator
            /%2e%2e/a               | /a               | decoded dots are dot segments (Kestrel normalizes after decoding)
            /a/%2E/b                | /a/b             | decoded dots are dot segments
            /a/..%2Fb               | /a/..%2Fb        | '..%2F' is not a dot segment: %2F stays encoded
            /a%252Fb                | /a%2Fb           | decoded once: %25 gives '%', the result is not decoded again
            """)
    void decodesAsKestrel(String raw, String expected, String test) {
        assertEquals(expected.replace("\\\\", "\\"), PathDecoder.decode(raw));
    }

    /** StringInputNullCharDecodeInPlaceThrows: Kestrel refuses %00. */
    @ParameterizedTest
    @CsvSource({"/%00", "/a%00b"})
    void refusesANulByte(String raw) {
        assertNull(PathDecoder.decode(raw));
    }

    /** path | normalized | PathNormalizerTests.RemovesDotSegments */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            /a                      | /a
            /a/                     | /a/
            /a/b                    | /a/b
            /a/b/                   | /a/b/
            /./a                    | /a
            /././a                  | /a
            /../a                   | /a
            /../../a                | /a
            /a/./b                  | /a/b
            /a/../b                 | /b
            /a/./                   | /a/
            /a/.                    | /a/
            /a/../                  | /
            /a/..                   | /
            /a/../b/../             | /
            /a/../b/..              | /
            /a/../../b              | /b
            /a/../../b/             | /b/
            /a/.././../b            | /b
            /a/.././../b/           | /b/
            /a/b/c/./../../d        | /a/d
            /./a/b/c/./../../d      | /a/d
            /../a/b/c/./../../d     | /a/d
            /./../a/b/c/./../../d   | /a/d
            /.././a/b/c/./../../d   | /a/d
            /.a                     | /.a
            /..a                    | /..a
            /...                    | /...
            /a/.../b                | /a/.../b
            /a/../.../../b          | /b
            /a/.b                   | /a/.b
            /a/..b                  | /a/..b
            /a/b.                   | /a/b.
            /a/b..                  | /a/b..
            /longlong/../short      | /short
            /short/../longlong      | /longlong
            /longlong/../short/..   | /
            /short/../longlong/..   | /
            /longlong/../short/../  | /
            /short/../longlong/../  | /
            /                       | /
            /no/segments            | /no/segments
            /no/segments/           | /no/segments/
            """)
    void removesDotSegmentsAsKestrel(String path, String expected) {
        assertEquals(expected, PathDecoder.removeDotSegments(path));
    }
}
