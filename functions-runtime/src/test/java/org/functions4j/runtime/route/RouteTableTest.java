package org.functions4j.runtime.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.functions4j.api.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTableTest {

    /** Routes "template [METHODS]" keyed by the name a match reports. */
    private static RouteTable<String> table(String prefix, String... routes) {
        RouteTable.Builder<String> builder = RouteTable.builder();
        for (String route : routes) {
            String[] parts = route.split(" ", 2);
            Set<HttpMethod> methods = parts.length == 1 ? Set.of()
                    : Arrays.stream(parts[1].split(",")).map(HttpMethod::valueOf).collect(Collectors.toSet());
            builder.add(RouteTemplate.parse(parts[0]).withPrefix(prefix), methods, parts[0], "route '" + parts[0] + "'");
        }
        return builder.build();
    }

    /**
     * Catch-alls and unusual parameter names, as ASP.NET Core's matcher sees them
     * (dotnet/aspnetcore src/Http/Routing/test/UnitTests/Template/TemplateMatcherTests.cs).
     * template | path | values | test
     */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {p1}/{*p2}                       | /v1/v2/v3        | {p1=v1, p2=v2/v3}  | TryMatch_RouteWithCatchAll_MatchesMultiplePathSegments
            {p1}/{*p2}                       | /v1/             | {p1=v1}            | TryMatch_RouteWithCatchAll_MatchesTrailingSlash (null: no value)
            {p1}/{*p2}                       | /v1              | {p1=v1}            | TryMatch_RouteWithCatchAll_MatchesEmptyContent (null: no value)
            {p1}/{*p2=catchall}              | /v1              | {p1=v1, p2=catchall} | TryMatch_RouteWithCatchAll_UsesDefaultValueForEmptyContent
            {p1}/{*p2=catchall}              | /v1/hello/whatever | {p1=v1, p2=hello/whatever} | TryMatch_RouteWithCatchAll_IgnoresDefaultValueForNonEmptyContent
            Home/ShowPilot/{missionId}/{*name} | /Home/ShowPilot/777/12345./foobar | {missionId=777, name=12345./foobar} | TryMatch_WithCatchAllCapturesDots
            foo/{ }/{.!$%}/{dynamic.data}/{op.tional=default value} | /foo/space/weimatch/omatcherid | {=space, .!$%=weimatch, dynamic.data=omatcherid, op.tional=default value} | TryMatch_WithWeimatchParameterNames (default inline)
            {controller}/{action?}           | /Home            | {controller=Home}  | TryMatch_DoesNotSetOptionalParameter
            {controller}/{action?}/{id?}     | /Home/Index      | {action=Index, controller=Home} | TryMatch_MultipleOptionalParameters
            moo/{p1}/bar/{p2=default p2}     | /moo/111/bar/    | {p1=111, p2=default p2} | TryMatch_RouteWithLiteralsAndDefaults_Success
            {p1}/{p2}/                       | /moo/bar         | {p1=moo, p2=bar}   | TryMatch_RouteWithParametersAndExtraSeparators_Success
            DEFAULT.ASPX                     | /default.aspx    | {}                 | TryMatch_SimpleFilename_Success
            {p1:regex(^\\d{{3}}-\\d{{3}}-\\d{{4}}$)} | /123-456-7890 | {p1=123-456-7890} | TryMatch_RegularExpressionConstraint_Valid (ssn)
            {p1:regex(([}}])\\w+)}         | /}sda            | {p1=}sda}          | TryMatch_RegularExpressionConstraint_Valid (not balanced })
            {controller}/{action}/{*id}      | /a/b/c//         | {action=b, controller=a, id=c/} | TryMatch_CatchAllParameters_WithEmptyValuesAtTheEnd
            {controller}/{action}/{*id}      | /a/b/c/////      | {action=b, controller=a, id=c////} | TryMatch_CatchAllParameters_WithEmptyValuesAtTheEnd
            {x}                              | /a%25b           | {x=a%b}            | Kestrel UrlDecoderTests PathTestData (/a%25b)
            {x}                              | /a%2Fb           | {x=a%2Fb}          | Kestrel UrlDecoderTests PathTestData (/api/a%2Fb)
            {x}                              | /%C3%C3%A1       | {x=%C3á}           | Kestrel UrlDecoderTests PathTestData
            {x}                              | /%1              | {x=%1}             | Kestrel UrlDecoderTests StringInputNonHexDecodeInPlaceLeavesUnencoded
            {x}                              | /a%5Cb           | {x=a\\b}           | a backslash is a value character
            {*rest}                          | /a/../b          | {rest=b}           | Kestrel PathNormalizerTests (/a/../b)
            {*rest}                          | /%2e%2e/a        | {rest=a}           | decoded dots are dot segments
            Controller.mvc/ {{x}}            | /Controller.mvc/%20%7Bx%7D | {}      | TryMatch_WithUrlWithTrailingSlashSpace (with a literal brace)
            `Controller.mvc `                | /Controller.mvc%20 | {}               | TryMatch_WithUrlWithTrailingSpace (issue 16.4)
            (Controller).mvc                 | /(Controller).mvc | {}                | TryMatch_WithUrlWithParenthesesLiterals
            """)
    void matchesAsAspNetDoes(String template, String path, String values, String test) {
        values = values.replace("\\\\", "\\");
        RouteTable<String> table = RouteTable.<String>builder()
                .add(RouteTemplate.parse(template).withPrefix(""), Set.of(), template, "route").build();
        RouteMatch<String> match = table.match("GET", path);
        assertTrue(match.isFound(), () -> path + " should match " + template);
        assertEquals(values.replace("{=", "{ ="), new TreeMap<>(match.values()).toString());
    }

    /** template | path that must not match | ASP.NET test */
    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {controller}/{action}/{*id}      | /a/b//           | TryMatch_CatchAllParameters_WithEmptyValues
            {controller}/{action}/{*id}      | /a/b///c         | TryMatch_CatchAllParameters_WithEmptyValues
            {controller}/{action}/{id}       | ///              | TryMatch_MultipleParameters_WithEmptyValues
            {controller}/{action}/{id}       | /a//             | TryMatch_MultipleParameters_WithEmptyValues
            {controller}/{action}/{id}       | //b/             | TryMatch_MultipleParameters_WithEmptyValues
            {controller}/{action}/{id}       | ///c             | TryMatch_MultipleParameters_WithEmptyValues
            {controller?}/{action?}/{id?}    | ///              | TryMatch_MultipleOptionalParameters_WithEmptyIntermediateSegmentsDoesNotMatch
            {controller?}/{action?}/{id?}    | /a//             | TryMatch_MultipleOptionalParameters_WithEmptyIntermediateSegmentsDoesNotMatch
            {controller?}/{action?}/{id?}    | /a/b//           | TryMatch_MultipleOptionalParameters_WithEmptyIntermediateSegmentsDoesNotMatch
            {controller?}/{action?}/{id?}    | ///c/            | TryMatch_MultipleOptionalParameters_WithEmptyIntermediateSegmentsDoesNotMatch
            {a}/{b}                          | //73             | issue 16.1
            {p1}/{p2}/baz                    | /moo/bar/boo     | TryMatch_RouteWithDifferentLiterals_Fails
            {p1}                             | /moo/bar         | TryMatch_LongerUrl_Fails
            foo                              | /fooBAR          | TryMatch_DoesNotMatchOnlyLeftLiteralMatch
            foo                              | /BARfoo          | TryMatch_DoesNotMatchOnlyRightLiteralMatch
            ../{Controller}                  | /../Home         | TryMatch_WithUrlWithStartingDotDotSlash matches in the bare matcher; behind Kestrel the path is normalized to /Home first
            """)
    void doesNotMatchAsAspNetDoesNot(String template, String path, String test) {
        RouteTable<String> table = RouteTable.<String>builder()
                .add(RouteTemplate.parse(template).withPrefix(""), Set.of(), template, "route").build();
        assertFalse(table.match("GET", path).isFound(), () -> path + " should not match " + template);
    }

    private static final RouteTable<String> TABLE = table("api",
            "items/new",
            "items/{id:int}",
            "items/{name}",
            "items/{*rest}",
            "products/{category:alpha}/{id:int?}",
            "files/{*path:file}",
            "files/{*path}",
            "pages/{page=1}",
            "orders GET",
            "orders/{id:guid} PUT,DELETE",
            "users/{user}/posts/{post:long}",
            "{lang:length(2)}/home",
            "héllo/{x}");

    /** method | path | expected route ("-" none, "405 METHODS" not allowed) | expected values */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            GET    | /api/items/new                 | items/new                            | {}
            GET    | /api/items/42                  | items/{id:int}                       | {id=42}
            GET    | /api/items/-42                 | items/{id:int}                       | {id=-42}
            GET    | /api/items/99999999999         | items/{name}                         | {name=99999999999}
            GET    | /api/items/newer               | items/{name}                         | {name=newer}
            GET    | /api/items/a/b/c               | items/{*rest}                        | {rest=a/b/c}
            GET    | /api/items                     | items/{*rest}                        | {}
            GET    | /api/ITEMS/NEW                 | items/new                            | {}
            GET    | /API/items/new/                | items/new                            | {}
            GET    | /api/items/hello%20world       | items/{name}                         | {name=hello world}
            GET    | /api/items/a%2Fb               | items/{name}                         | {name=a%2Fb}
            GET    | /api/items/caf%C3%A9           | items/{name}                         | {name=café}
            GET    | /api/items/%34%32              | items/{id:int}                       | {id=42}
            GET    | /api/items/a+b                 | items/{name}                         | {name=a+b}
            GET    | /api/h%C3%A9llo/1              | héllo/{x}                            | {x=1}
            GET    | /api/HÉLLO/1                   | héllo/{x}                            | {x=1}
            GET    | /api/items/%zz                 | items/{name}                         | {name=%zz}
            GET    | /api/items/%C3                 | items/{name}                         | {name=%C3}
            GET    | /api/products/electronics/357  | products/{category:alpha}/{id:int?}  | {category=electronics, id=357}
            GET    | /api/products/electronics      | products/{category:alpha}/{id:int?}  | {category=electronics}
            GET    | /api/products/electronics/x    | -                                    | {}
            GET    | /api/products/123              | -                                    | {}
            GET    | /api/files/docs/readme.md      | files/{*path:file}                   | {path=docs/readme.md}
            GET    | /api/files/docs/readme         | files/{*path}                        | {path=docs/readme}
            GET    | /api/pages                     | pages/{page=1}                       | {page=1}
            GET    | /api/pages/7                   | pages/{page=1}                       | {page=7}
            GET    | /api/orders                    | orders                               | {}
            POST   | /api/orders                    | 405 GET                              | {}
            PUT    | /api/orders/3f2504e0-4f89-11d3-9a0c-0305e82c3301 | orders/{id:guid}   | {id=3f2504e0-4f89-11d3-9a0c-0305e82c3301}
            GET    | /api/orders/3f2504e0-4f89-11d3-9a0c-0305e82c3301 | 405 PUT,DELETE     | {}
            get    | /api/orders                    | 405 GET                              | {}
            PROPFIND | /api/orders                  | 405 GET                              | {}
            GET    | /api/users/ann/posts/12        | users/{user}/posts/{post:long}       | {post=12, user=ann}
            GET    | /api/users//posts/12           | -                                    | {}
            GET    | /api/en/home                   | {lang:length(2)}/home                | {lang=en}
            GET    | /api/eng/home                  | -                                    | {}
            GET    | /api                           | -                                    | {}
            GET    | /other/items/new               | -                                    | {}
            GET    | /                              | -                                    | {}
            """)
    void matchesByPrecedence(String method, String path, String expected, String values) {
        RouteMatch<String> match = TABLE.match(method, path);
        if (expected.equals("-")) {
            assertFalse(match.isFound() || match.isMethodNotAllowed(), () -> "matched " + match.target());
        } else if (expected.startsWith("405 ")) {
            assertTrue(match.isMethodNotAllowed());
            Set<HttpMethod> allowed = Arrays.stream(expected.substring(4).split(","))
                    .map(HttpMethod::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(HttpMethod.class)));
            assertEquals(allowed, match.allowedMethods());
        } else {
            assertTrue(match.isFound(), () -> path + " found nothing");
            assertEquals(expected, match.target());
            assertEquals(values, new TreeMap<>(match.values()).toString());
        }
    }

    @Test
    void aWrongMethodFallsThroughToARouteOfLowerPrecedence() {
        RouteTable<String> table = table("", "items/new GET", "items/{name} POST");
        assertEquals("items/{name}", table.match("POST", "/items/new").target());
        assertEquals("items/new", table.match("GET", "/items/new").target());
        assertEquals(EnumSet.of(HttpMethod.GET, HttpMethod.POST), table.match("PUT", "/items/new").allowedMethods());
    }

    @Test
    void anEmptyPrefixPutsRoutesAtTheRoot() {
        RouteTable<String> table = table("", "hello", "{*all}");
        assertEquals("hello", table.match("GET", "/hello").target());
        assertEquals("{*all}", table.match("GET", "/").target());
        assertEquals("{*all}", table.match("GET", "/x/y").target());
    }

    @Test
    void aRouteEndingExactlyBeatsOneWithAnAbsentOptional() {
        RouteTable<String> table = table("", "a", "a/{x?}");
        assertEquals("a", table.match("GET", "/a").target());
        assertEquals("a/{x?}", table.match("GET", "/a/b").target());
    }

    /** routes (;-separated) | fragment the conflict must contain */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a/{x};a/{y}                            | GET /a/x
            a/{x:int};a/{y:int}                    | /a/0
            a/{x:int};a/{y:min(0)}                 | /a/0
            a/{x:int};a/{y:regex(^\\d+$)}          | /a/0
            a/{x:guid};a/{y:alpha}                 | /a/abcdefabcdefabcdefabcdefabcdefab
            a/{x:alpha};a/{y:bool}                 | /a/true
            a/{x?};a/{y?}                          | /a
            a/{x=1};a/{y?}                         | /a
            a/{*x};a/{*y}                          | /a/x
            A/b;a/B                                | /a/b
            a/{x}/c;a/{y}/c                        | /a/x/c
            x GET,POST;x POST                      | POST /x
            """)
    void refusesRoutesOfEqualPrecedenceThatOverlap(String routes, String example) {
        RouteConflictException e = assertThrows(RouteConflictException.class, () -> table("", routes.split(";")));
        String[] templates = routes.split(";");
        String message = e.getMessage();
        assertTrue(message.contains(example), () -> "message was: " + message);
        for (String template : templates) {
            assertTrue(message.contains("route '" + template.split(" ")[0] + "'"), () -> "names both: " + message);
        }
    }

    /** routes that look alike but never match the same request with the same method and precedence */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a/{x:int};a/{y:alpha}
            a/{x:bool};a/{y:int}
            a/{x:regex(^\\d{{3}}$)};a/{y:alpha}
            a/{x:range(1,5)};a/{y:range(6,9)}
            a/{x};a/{y:int}
            a/{x};a/{y?}
            a/{x};a/{*y}
            x GET;x POST
            items/new;items/{id:int};items/{name};items/{*rest}
            """)
    void acceptsRoutesThatDoNotConflict(String routes) {
        RouteTable<String> table = table("", routes.split(";"));
        assertEquals(routes.split(";").length, table.routes().size());
    }

    @Test
    void reportsEveryConflictAtOnce() {
        RouteConflictException e = assertThrows(RouteConflictException.class,
                () -> table("", "a/{x}", "a/{y}", "b/{x}", "b/{y}"));
        assertEquals(2, e.conflicts().size(), e::getMessage);
    }
}
