package org.functions4j.runtime.route;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each constraint at its edges: the constraint as written, a decoded value, whether it matches. The
 * datetime rows from "12/25/2009" on are dotnet/aspnetcore
 * src/Http/Routing/test/UnitTests/Constraints/DateTimeRouteConstraintTests.cs, DateTimeRouteConstraint.
 */
class RouteConstraintTest {

    @ParameterizedTest(name = "{0} accepts ''{1}'': {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            int       | 0                    | true
            int       | -2147483648          | true
            int       | 2147483647           | true
            int       | 2147483648           | false
            int       | -2147483649          | false
            int       | +7                   | true
            int       | " 7 "                | true
            int       | 7a                   | false
            int       | 1.0                  | false
            int       | -                    | false
            int       | ٣                    | false
            long      | 9223372036854775807  | true
            long      | -9223372036854775808 | true
            long      | 9223372036854775808  | false
            long      | 99999999999999999999 | false
            bool      | true                 | true
            bool      | FALSE                | true
            bool      | yes                  | false
            bool      | 1                    | false
            decimal   | 1.5                  | true
            decimal   | -0.001               | true
            decimal   | 1,000.25             | true
            decimal   | .5                   | true
            decimal   | 1e3                  | false
            decimal   | 79228162514264337593543950335 | true
            decimal   | 79228162514264337593543950336 | false
            decimal   | abc                  | false
            double    | 1e3                  | true
            double    | -1.5E-3              | true
            double    | NaN                  | true
            double    | -Infinity            | true
            double    | 1.2.3                | false
            float     | 3.25                 | true
            float     | x3                   | false
            guid      | 3f2504e0-4f89-11d3-9a0c-0305e82c3301   | true
            guid      | 3F2504E04F8911D39A0C0305E82C3301       | true
            guid      | {3f2504e0-4f89-11d3-9a0c-0305e82c3301} | true
            guid      | (3f2504e0-4f89-11d3-9a0c-0305e82c3301) | true
            guid      | 3f2504e0-4f89-11d3-9a0c-0305e82c330    | false
            guid      | 3f2504e0-4f89-11d3-9a0c-0305e82c330g   | false
            guid      | {3f2504e0-4f89-11d3-9a0c-0305e82c3301  | false
            datetime  | 2024-01-31           | true
            datetime  | 2024-02-30           | false
            datetime  | 2024-01-31T10:15:30  | true
            datetime  | 2024-01-31 10:15     | true
            datetime  | 2024-01-31T10:15:30Z | true
            datetime  | 2024-01-31T10:15:30+02:00 | true
            datetime  | 1/31/2024            | true
            datetime  | 13/31/2024           | false
            datetime  | yesterday            | false
            datetime  | 12/25/2009           | true
            datetime  | 25/12/2009 11:45:00 PM | false
            datetime  | 25/12/2009           | false
            datetime  | 11:45:00 PM          | true
            datetime  | 11:45:00             | true
            datetime  | 11:45                | true
            datetime  | 11                   | false
            datetime  | Apr 5 2009 11:45:00 PM | true
            datetime  | April 5 2009 11:45:00 PM | true
            datetime  | 12/25/2009 11:45:00 PM | true
            datetime  | 2009-05-12T11:45:00Z | true
            datetime  | not-parseable-as-date | false
            alpha     | abcXYZ               | true
            alpha     | abc1                 | false
            alpha     | é                    | false
            minlength(3) | abc               | true
            minlength(3) | ab                | false
            maxlength(3) | abc               | true
            maxlength(3) | abcd              | false
            length(3)    | abc               | true
            length(3)    | ab                | false
            length(2,4)  | ab                | true
            length(2,4)  | abcd              | true
            length(2,4)  | abcde             | false
            length(2,4)  | a                 | false
            min(10)      | 10                | true
            min(10)      | 9                 | false
            min(10)      | ten               | false
            max(10)      | 10                | true
            max(10)      | 11                | false
            max(10)      | -99999            | true
            range(1,5)   | 1                 | true
            range(1,5)   | 5                 | true
            range(1,5)   | 0                 | false
            range(1,5)   | 6                 | false
            regex(^\\d{{3}}$) | 123            | true
            regex(^\\d{{3}}$) | 1234           | false
            regex(\\d{{3}}) | a1234b         | true
            regex(^abc$)    | ABC            | true
            required     | x                 | true
            required     | ""                | false
            file         | readme.md         | true
            file         | docs/readme.md    | true
            file         | readme.           | false
            file         | readme            | false
            file         | docs.d/readme     | false
            nonfile      | readme            | true
            nonfile      | readme.md         | false
            """)
    void acceptsOnlyWhatItShould(String constraint, String value, boolean expected) {
        RouteSegment segment = RouteTemplate.parse("{x:" + constraint + "}").segments().get(0);
        assertEquals(expected, segment.accepts(value));
    }
}
