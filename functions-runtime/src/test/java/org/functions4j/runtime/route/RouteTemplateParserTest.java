package org.functions4j.runtime.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTemplateParserTest {

    /** template | segments as parsed (normalized) */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            products                                 | products
            /products/                               | products
            ""                                       | ""
            products/{category:alpha}/{id:int?}      | products/{category:alpha}/{id:int?}
            a/{id:int:min(1)}                        | a/{id:int:min(1)}
            a/{id:INT}                               | a/{id:int}
            a/{page=1}                               | a/{page=1}
            a/{page:int=1}                           | a/{page:int=1}
            a/{*rest}                                | a/{*rest}
            a/{**rest}                               | a/{*rest}
            a/{*path:file}                           | a/{*path:file}
            a/{x?}/{y?}                              | a/{x?}/{y?}
            a/{name:length(2,5)}                     | a/{name:length(2,5)}
            a/{name:length( 3 )}                     | a/{name:length(3)}
            a/{code:regex(^\\d{3}$)}                 | a/{code:regex(^\\d{3}$)}
            a/{code:regex(^\\d{{3}}$)}               | a/{code:regex(^\\d{3}$)}
            a/{code:regex(a/b)}                      | a/{code:regex(a/b)}
            "a/{code:regex(^(x|y)$):minlength(1)}"   | "a/{code:regex(^(x|y)$):minlength(1)}"
            a/{n:range(-5,5)}                        | a/{n:range(-5,5)}
            api-v1/items.json                        | api-v1/items.json
            """)
    void parsesValidTemplates(String template, String expected) {
        RouteTemplate parsed = RouteTemplate.parse(template);
        String normalized = parsed.segments().stream().map(RouteSegment::toString).collect(Collectors.joining("/"));
        assertEquals(expected, normalized);
    }

    /** template | a fragment the error message must contain */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a//b                      | empty segment
            a/{id:foo}                | unknown constraint 'foo'
            a/{id:int(3)}             | takes no arguments
            a/{id:min}                | needs an argument
            a/{id:min(x)}             | integer arguments
            a/{id:length(1,2,3)}      | 1 or 2 integer
            a/{id:range(5,1)}         | wrong way round
            a/{id:length(5,1)}        | impossible length
            a/{id:regex([)}           | invalid regular expression
            a/{id:regex(x}            | unclosed '('
            a/{}                      | invalid parameter name ''
            a/{1x}                    | invalid parameter name '1x'
            a/file-{name}             | mixes literal text and a parameter
            a/{name}.json             | mixes literal text and a parameter
            a/{x?}/b                  | optional parameter can only be followed
            a/{x?}/{y}                | optional parameter can only be followed
            a/{*rest}/b               | catch-all parameter must be the last
            a/{x?}/{*rest}            | catch-all parameter cannot follow
            a/{*rest?}                | already optional
            a/{x?=1}                  | '?' must end the parameter
            a/{x}/{X}                 | appears more than once
            a/{id:int=abc}            | does not satisfy its constraints
            a?b=1                     | query string
            a/{x:}                    | missing constraint name
            a/{x}y}                   | invalid parameter name
            a/}                       | mixes literal text
            """)
    void rejectsInvalidTemplates(String template, String expectedProblem) {
        RouteTemplateException e = assertThrows(RouteTemplateException.class, () -> RouteTemplate.parse(template));
        assertTrue(e.getMessage().contains(expectedProblem), () -> "message was: " + e.getMessage());
        assertTrue(e.getMessage().contains(template), () -> "message names the template: " + e.getMessage());
    }
}
