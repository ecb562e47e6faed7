package org.functions4j.runtime.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One route, many paths: the cases of dotnet/aspnetcore (Apache-2.0)
 * src/Http/Routing/test/UnitTests/Matching/MatcherConformanceTest.SingleEndpoint.cs, test name
 * beside each row. Paths go through the same decoding as a request's.
 */
class MatcherConformanceTest {
    private static RouteMatch<String> match(String template, String path) {
        RouteTable<String> table = RouteTable.<String>builder()
                .add(RouteTemplate.parse(template).withPrefix(""), Set.of(), template, "route").build();
        return table.match("GET", path);
    }

    /** template | path | values | test */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            /                              | /                  | {}                       | Match_EmptyRoute
            /simple                        | /simple            | {}                       | Match_SingleLiteralSegment
            /simple                        | /simple/           | {}                       | Match_SingleLiteralSegment_TrailingSlash
            /Simple                        | /simple            | {}                       | Match_SingleLiteralSegment_CaseInsensitive
            /Simple                        | /sImpLe            | {}                       | Match_SingleLiteralSegment_CaseInsensitive
            /Simple                        | /SIMPLE            | {}                       | Match_SingleLiteralSegment_CaseInsensitive
            /SÏmple                        | /S%C3%8Fmple       | {}                       | Match_SingleLiteralSegment_Unicode (sent encoded)
            /ab😀cd                        | /ab%F0%9F%98%80cd  | {}                       | Match_SingleLiteralSegment_Unicode (surrogate pair, sent encoded)
            /S%mple                        | /S%mple            | {}                       | Match_SingleLiteralSegment_PercentEncoded
            /S\\imple                      | /S%5Cimple         | {}                       | Match_SingleLiteralSegment_PercentEncoded
            simple                         | /simple            | {}                       | Match_Sanitizies_Template
            /simple                        | /simple            | {}                       | Match_Sanitizies_Template
            ~/simple                       | /simple            | {}                       | Match_Sanitizies_Template
            /a/b                           | /a/b               | {}                       | Match_MultipleLiteralSegments
            /a/b                           | /A/B               | {}                       | Match_MultipleLiteralSegments
            /a/b                           | /a/b/              | {}                       | Match_MultipleLiteralSegments
            /a/b/c                         | /a/b/c/            | {}                       | Match_MultipleLiteralSegments
            /a/b/c/d                       | /a/b/c/d/          | {}                       | Match_MultipleLiteralSegments
            /{p}                           | /14                | {p=14}                   | Match_SingleParameter
            /{p:int}                       | /14                | {p=14}                   | Match_Constraint
            /{p}                           | /14/               | {p=14}                   | Match_SingleParameter_TrailingSlash
            /foo/{ }/{.!$%}/{dynamic.data} | /foo/space/weirdmatch/matcherid | { =space, .!$%=weirdmatch, dynamic.data=matcherid} | Match_SingleParameter_WeirdNames
            /{a}/b                         | /54/b              | {a=54}                   | Match_MultipleParameters
            /{a}/b                         | /54/b/             | {a=54}                   | Match_MultipleParameters
            /{a}/{b}                       | /54/73             | {a=54, b=73}             | Match_MultipleParameters
            /a/{b}/c                       | /a/b/c             | {b=b}                    | Match_MultipleParameters
            /a/{b}/c/                      | /a/b/c             | {b=b}                    | Match_MultipleParameters
            /{a}/b/{c}                     | /54/b/c            | {a=54, c=c}              | Match_MultipleParameters
            /{a}/{b}/{c}                   | /54/b/c            | {a=54, b=b, c=c}         | Match_MultipleParameters
            """)
    void matches(String template, String path, String values, String test) {
        RouteMatch<String> match = match(template.replace("\\\\", "\\"), path);
        assertTrue(match.isFound(), () -> path + " should match " + template);
        assertEquals(values, new TreeMap<>(match.values()).toString());
    }

    /** template | path | test */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /simple      | /                   | NotMatch_SingleLiteralSegment
            /simple      | /imple              | NotMatch_SingleLiteralSegment
            /simple      | /siple              | NotMatch_SingleLiteralSegment
            /simple      | /simple1            | NotMatch_SingleLiteralSegment
            /simple      | /simple/not-simple  | NotMatch_SingleLiteralSegment
            /simple      | /simple/a/b/c       | NotMatch_SingleLiteralSegment
            /a/b         | /                   | NotMatch_MultipleLiteralSegments
            /a/b         | /a                  | NotMatch_MultipleLiteralSegments
            /a/b         | /a/                 | NotMatch_MultipleLiteralSegments
            /a/b         | /a//                | NotMatch_MultipleLiteralSegments
            /a/b         | /aa/                | NotMatch_MultipleLiteralSegments
            /a/b         | /a/bb               | NotMatch_MultipleLiteralSegments
            /a/b         | /a/bb/              | NotMatch_MultipleLiteralSegments
            /a/b/c       | /aa/b/c             | NotMatch_MultipleLiteralSegments
            /a/b/c       | /a/bb/c/            | NotMatch_MultipleLiteralSegments
            /a/b/c       | /a/b/cab            | NotMatch_MultipleLiteralSegments
            /a/b/c       | /d/b/c/             | NotMatch_MultipleLiteralSegments
            /a/b/c       | //b/c               | NotMatch_MultipleLiteralSegments
            /a/b/c       | /a/b//              | NotMatch_MultipleLiteralSegments
            /a/b/c       | /a/b/c/d            | NotMatch_MultipleLiteralSegments
            /a/b/c       | /a/b/c/d/e          | NotMatch_MultipleLiteralSegments
            /{p}         | /                   | NotMatch_SingleParameter
            /{p}         | /a/b                | NotMatch_SingleParameter
            /{p}         | /a/b/c              | NotMatch_SingleParameter
            /{p}         | //                  | NotMatch_SingleParameter
            /{a}/b       | /54/bb              | NotMatch_MultipleParameters
            /{a}/b       | /54/b/17            | NotMatch_MultipleParameters
            /{a}/b       | /54/b//             | NotMatch_MultipleParameters
            /{a}/{b}     | //73                | NotMatch_MultipleParameters
            /{a}/{b}     | /54//               | NotMatch_MultipleParameters
            /{a}/{b}     | /54/73/18           | NotMatch_MultipleParameters
            /a/{b}/c     | /aa/b/c             | NotMatch_MultipleParameters
            /a/{b}/c     | /a/b/cc             | NotMatch_MultipleParameters
            /a/{b}/c     | /a/b/c/d            | NotMatch_MultipleParameters
            /{a}/b/{c}   | /54/bb/c            | NotMatch_MultipleParameters
            /{a}/{b}/{c} | /54/b/c/d           | NotMatch_MultipleParameters
            /{a}/{b}/{c} | /54/b/c//           | NotMatch_MultipleParameters
            /{a}/{b}/{c} | //b/c/              | NotMatch_MultipleParameters
            /{a}/{b}/{c} | /54//c/             | NotMatch_MultipleParameters
            /{a}/{b}/{c} | /54/b//             | NotMatch_MultipleParameters
            """)
    void doesNotMatch(String template, String path, String test) {
        assertFalse(match(template, path).isFound(), () -> path + " should not match " + template);
    }
}
