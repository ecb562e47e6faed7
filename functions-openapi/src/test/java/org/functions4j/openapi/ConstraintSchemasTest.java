package org.functions4j.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.functions4j.runtime.model.ValueType;
import org.functions4j.runtime.route.RouteTemplate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Route constraints as JSON Schema. The constraints and what they accept are ASP.NET Core's (its
 * "Route constraint reference": int, bool, datetime, decimal, double, float, guid, long,
 * minlength, maxlength, length, min, max, range, alpha, regex, required, file, nonfile).
 */
class ConstraintSchemasTest {
    /** template parameter | @BindingName type ("-" for none) | schema */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {x}                      | -      | {"type":"string"}
            {x}                      | INT    | {"type":"integer","format":"int32"}
            {x}                      | UUID   | {"type":"string","format":"uuid"}
            {x:int}                  | -      | {"type":"integer","format":"int32"}
            {x:long}                 | -      | {"type":"integer","format":"int64"}
            {x:bool}                 | -      | {"type":"boolean"}
            {x:datetime}             | -      | {"type":"string","format":"date-time"}
            {x:decimal}              | -      | {"type":"number"}
            {x:double}               | -      | {"type":"number","format":"double"}
            {x:float}                | -      | {"type":"number","format":"float"}
            {x:guid}                 | -      | {"type":"string","format":"uuid"}
            {x:alpha}                | -      | {"type":"string","pattern":"^[A-Za-z]*$"}
            {x:minlength(4)}         | -      | {"type":"string","minLength":4}
            {x:maxlength(8)}         | -      | {"type":"string","maxLength":8}
            {x:length(6)}            | -      | {"type":"string","minLength":6,"maxLength":6}
            {x:length(2,5)}          | -      | {"type":"string","minLength":2,"maxLength":5}
            {x:min(18)}              | -      | {"type":"integer","minimum":18}
            {x:max(120)}             | -      | {"type":"integer","maximum":120}
            {x:range(18,120)}        | -      | {"type":"integer","minimum":18,"maximum":120}
            {x:int:min(1)}           | -      | {"type":"integer","format":"int32","minimum":1}
            `{x:regex(^\\d{{3}}$)}`  | -      | {"type":"string","pattern":"^\\\\d{3}$"}
            {x:required}             | -      | {"type":"string","minLength":1}
            """)
    void typesARouteParameterByItsConstraints(String template, String bound, String schema) {
        var segment = RouteTemplate.parse("items/" + template).segments().get(1);
        assertEquals(schema, ConstraintSchemas.of(segment.constraintTexts(), bound.equals("-") ? null
                : ValueType.valueOf(bound)).toString());
    }

    /** template | the paths, the fullest first */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            products                          | /api/products
            products/{category}/{id:int?}     | /api/products/{category}/{id}, /api/products/{category}
            files/{*path}                     | /api/files/{path}, /api/files
            a/{b=1}/{c?}                      | /api/a/{b}/{c}, /api/a/{b}, /api/a
            {id}                              | /api/{id}
            """)
    void anOptionalEndIsAPathWithAndAPathWithout(String template, String paths) {
        assertEquals(Arrays.asList(paths.split(", ")), RoutePaths.of("api", RouteTemplate.parse(template)).stream()
                .map(RoutePaths.Variant::path).toList());
        assertEquals(List.of("/x"), RoutePaths.of("", RouteTemplate.parse("x")).stream().map(RoutePaths.Variant::path).toList(),
                "no prefix");
    }
}
