package org.functions4j.runtime.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Route templates as ASP.NET Core's parser reads them. Rows marked with a test name are cases of
 * dotnet/aspnetcore src/Http/Routing/test/UnitTests/Template/TemplateParserTests.cs (Apache-2.0/MIT)
 * or src/Http/Routing/test/UnitTests/InlineRouteParameterParserTests.cs (MIT); the others are ours.
 */
class RouteTemplateParserTest {

    /** template | segments as parsed (normalized) | source */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            cool                                     | cool                                 | Parse_SingleLiteral
            {p}                                      | {p}                                  | Parse_SingleParameter
            {p?}                                     | {p?}                                 | Parse_OptionalParameter
            cool/awesome/super                       | cool/awesome/super                   | Parse_MultipleLiterals
            {p1}/{p2}/{*p3}                          | {p1}/{p2}/{*p3}                      | Parse_MultipleParameters
            "{p1:regex(^\\d{{3}}-\\d{{3}}-\\d{{4}}$)}" | "{p1:regex(^\\d{3}-\\d{3}-\\d{4}$)}" | Parse_RegularExpressions (ssn)
            "{p1:regex(^\\d{{1,2}}\\/\\d{{1,2}}\\/\\d{{4}}$)}" | "{p1:regex(^\\d{1,2}\\/\\d{1,2}\\/\\d{4}$)}" | Parse_RegularExpressions (date)
            "{p1:regex(^\\w+\\@\\w+\\.\\w+)}"        | "{p1:regex(^\\w+\\@\\w+\\.\\w+)}"    | Parse_RegularExpressions (email)
            "{p1:regex(([}}])\\w+)}"                 | "{p1:regex(([}])\\w+)}"              | Parse_RegularExpressions (not balanced })
            "{p1:regex(([{{(])\\w+)}"                | "{p1:regex(([{(])\\w+)}"             | Parse_RegularExpressions (not balanced {)
            /foo                                     | foo                                  | ValidTemplate_CanStartWithSlashOrTildeSlash
            ~/foo                                    | foo                                  | ValidTemplate_CanStartWithSlashOrTildeSlash
            a/{ }                                    | a/{ }                                | a name of any characters but / { } ? * (issue 16.6)
            a/{.!$%}                                 | a/{.!$%}                             | (issue 16.6)
            a/{dynamic.data}                         | a/{dynamic.data}                     | (issue 16.6)
            a/{1x}                                   | a/{1x}                               | (issue 16.6)
            a/{:param:int=12}                        | a/{:param:int=12}                    | ParseRouteParameter_ConstraintWithColonInParamName_ParsedCorrectly (constraint int here)
            products                                 | products                             |
            /products/                               | products                             |
            ""                                       | ""                                   |
            products/{category:alpha}/{id:int?}      | products/{category:alpha}/{id:int?}  |
            a/{id:int:min(1)}                        | a/{id:int:min(1)}                    |
            a/{id:INT}                               | a/{id:int}                           |
            a/{page=1}                               | a/{page=1}                           |
            a/{page:int=1}                           | a/{page:int=1}                       |
            a/{*rest}                                | a/{*rest}                            |
            a/{**rest}                               | a/{*rest}                            |
            a/{*path:file}                           | a/{*path:file}                       |
            a/{x?}/{y?}                              | a/{x?}/{y?}                          |
            a/{name:length(2,5)}                     | a/{name:length(2,5)}                 |
            a/{name:length( 3 )}                     | a/{name:length(3)}                   |
            a/{code:regex(a/b)}                      | a/{code:regex(a/b)}                  |
            "a/{code:regex(^(x|y)$):minlength(1)}"   | "a/{code:regex(^(x|y)$):minlength(1)}" |
            a/{n:range(-5,5)}                        | a/{n:range(-5,5)}                    |
            api-v1/items.json                        | api-v1/items.json                    |
            a/{{literal}}                            | a/{literal}                          | doubled braces in a literal
            """)
    void parsesValidTemplates(String template, String expected, String source) {
        RouteTemplate parsed = RouteTemplate.parse(template);
        String normalized = parsed.segments().stream().map(RouteSegment::toString).collect(Collectors.joining("/"));
        assertEquals(expected, normalized);
    }

    /**
     * One parameter's text (braces already undone) | name | constraints ('|'-free, ';'-separated,
     * '-' for none) | default ('-' for none) | optional | InlineRouteParameterParserTests test.
     */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '¦', quoteCharacter = '`', nullValues = "-", textBlock = """
            =                                  ¦ =                   ¦ ``                        ¦ -        ¦ false ¦ ParseRouteParameter_WithoutADefaultValue
            :                                  ¦ :                   ¦ ``                        ¦ -        ¦ false ¦ ParseRouteParameter_WithoutADefaultValue
            param=                             ¦ param               ¦ ``                        ¦ ``       ¦ false ¦ ParseRouteParameter_WithEmptyDefaultValue
            param:                             ¦ param               ¦ `[]`                      ¦ -        ¦ false ¦ ParseRouteParameter_WithoutAConstraintName
            param:=                            ¦ param               ¦ `[]`                      ¦ ``       ¦ false ¦ ParseRouteParameter_WithoutAConstraintNameOrParameterName
            param=:                            ¦ param               ¦ ``                        ¦ :        ¦ false ¦ ParseRouteParameter_WithADefaultValueContainingConstraintSeparator
            param:int=111111                   ¦ param               ¦ int                       ¦ 111111   ¦ false ¦ ParseRouteParameter_ConstraintAndDefault_ParsedCorrectly
            param:test(\\d+)=111111            ¦ param               ¦ test(\\d+)                ¦ 111111   ¦ false ¦ ParseRouteParameter_ConstraintWithArgumentsAndDefault_ParsedCorrectly
            param:int?                         ¦ param               ¦ int                       ¦ -        ¦ true  ¦ ParseRouteParameter_ConstraintAndOptional_ParsedCorrectly
            param:int=12?                      ¦ param               ¦ int                       ¦ 12       ¦ true  ¦ ParseRouteParameter_ConstraintAndOptional_WithDefaultValue_ParsedCorrectly
            param:int=12??                     ¦ param               ¦ int                       ¦ 12?      ¦ true  ¦ ParseRouteParameter_ConstraintAndOptional_WithDefaultValueWithQuestionMark_ParsedCorrectly
            param:test(\\d+)?                  ¦ param               ¦ test(\\d+)                ¦ -        ¦ true  ¦ ParseRouteParameter_ConstraintWithArgumentsAndOptional_ParsedCorrectly
            param:test(\\d+)=abc?              ¦ param               ¦ test(\\d+)                ¦ abc      ¦ true  ¦ ParseRouteParameter_ConstraintWithArgumentsAndOptional_WithDefaultValue_ParsedCorrectly
            param:test(d+):test(w+)            ¦ param               ¦ test(d+);test(w+)         ¦ -        ¦ false ¦ ParseRouteParameter_ChainedConstraints_ParsedCorrectly
            param::test(d+)::test(w+)          ¦ param               ¦ ;test(d+);;test(w+)       ¦ -        ¦ false ¦ ParseRouteParameter_ChainedConstraints_DoubleDelimiters_ParsedCorrectly
            param:test(\\d+):test(\\w:+)       ¦ param               ¦ test(\\d+);test(\\w:+)    ¦ -        ¦ false ¦ ParseRouteParameter_ChainedConstraints_ColonInPattern_ParsedCorrectly
            param:test(\\d+):test(\\w+)=qwer   ¦ param               ¦ test(\\d+);test(\\w+)     ¦ qwer     ¦ false ¦ ParseRouteParameter_ChainedConstraints_WithDefaultValue_ParsedCorrectly
            param:test(\\d+)::test(\\w+)==qwer ¦ param               ¦ test(\\d+);;test(\\w+)    ¦ =qwer    ¦ false ¦ ParseRouteParameter_ChainedConstraints_WithDefaultValue_DoubleDelimiters_ParsedCorrectly
            comparison-operator:length(6)==    ¦ comparison-operator ¦ length(6)                 ¦ =        ¦ false ¦ ParseRouteParameter_WithDefaultValue_ContainingDelimiter
            comparison-operator:length(6)=+=   ¦ comparison-operator ¦ length(6)                 ¦ +=       ¦ false ¦ ParseRouteParameter_WithDefaultValue_ContainingDelimiter
            comparison-operator:length(6)=>= || <= || == ¦ comparison-operator ¦ length(6)       ¦ >= || <= || == ¦ false ¦ ParseRouteParameter_WithDefaultValue_ContainingDelimiter
            world                              ¦ world               ¦ ``                        ¦ -        ¦ false ¦ ParseRouteParameter_NoTokens_ParsedCorrectly
            param=world                        ¦ param               ¦ ``                        ¦ world    ¦ false ¦ ParseRouteParameter_ParamDefault_ParsedCorrectly
            param:test(\\})                    ¦ param               ¦ test(\\})                 ¦ -        ¦ false ¦ ParseRouteParameter_ConstraintWithClosingBraceInPattern_ClosingBraceIsParsedCorrectly
            param:test(\\})=wer                ¦ param               ¦ test(\\})                 ¦ wer      ¦ false ¦ ParseRouteParameter_ConstraintWithClosingBraceInPattern_WithDefaultValue_ParsedCorrectly
            param:test(\\))                    ¦ param               ¦ test(\\))                 ¦ -        ¦ false ¦ ParseRouteParameter_ConstraintWithClosingParenInPattern_ClosingParenIsParsedCorrectly
            param:test(\\))=fsd                ¦ param               ¦ test(\\))                 ¦ fsd      ¦ false ¦ ParseRouteParameter_ConstraintWithClosingParenInPattern_WithDefaultValue_ParsedCorrectly
            param:test(:)                      ¦ param               ¦ test(:)                   ¦ -        ¦ false ¦ ParseRouteParameter_ConstraintWithColonInPattern_ColonIsParsedCorrectly
            param:test(:)=mnf                  ¦ param               ¦ test(:)                   ¦ mnf      ¦ false ¦ ParseRouteParameter_ConstraintWithColonInPattern_WithDefaultValue_ParsedCorrectly
            param:test(a:b:c)                  ¦ param               ¦ test(a:b:c)               ¦ -        ¦ false ¦ ParseRouteParameter_ConstraintWithColonsInPattern_ParsedCorrectly
            :param:test=12                     ¦ :param              ¦ test                      ¦ 12       ¦ false ¦ ParseRouteParameter_ConstraintWithColonInParamName_ParsedCorrectly
            :param::test=12                    ¦ :param              ¦ ;test                     ¦ 12       ¦ false ¦ ParseRouteParameter_ConstraintWithTwoColonInParamName_ParsedCorrectly
            :param:test:                       ¦ :param              ¦ test;                     ¦ -        ¦ false ¦ ParseRouteParameter_EmptyConstraint_ParsedCorrectly
            param:test(\\w,\\w)                ¦ param               ¦ test(\\w,\\w)             ¦ -        ¦ false ¦ ParseRouteParameter_ConstraintWithCommaInPattern_PatternIsParsedCorrectly
            par,am:test(\\w)                   ¦ par,am              ¦ test(\\w)                 ¦ -        ¦ false ¦ ParseRouteParameter_ConstraintWithCommaInName_ParsedCorrectly
            """)
    void splitsAParameterAsAspNetDoes(String parameter, String name, String constraints, String defaultValue,
                                      boolean optional, String source) {
        RouteParameterParser.Parts parts = RouteParameterParser.parse(parameter.replace("\\\\", "\\"));
        assertEquals(name, parts.name());
        List<String> expected = constraints.isEmpty() ? List.of() : constraints.equals("[]") ? List.of("")
                : Arrays.asList(constraints.replace("\\\\", "\\").split(";", -1));
        assertEquals(expected, parts.constraints());
        assertEquals(defaultValue, parts.defaultValue());
        assertEquals(optional, parts.optional());
    }

    /** template | a fragment the error message must contain | source (ASP.NET refuses them too, unless noted) */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "{p1:regex(^\\d{{3}}-\\d{{3}}-\\d{{4}}}$)}" | incomplete parameter                | Parse_RegularExpressions_Invalid (extra })
            "{p1:regex(^\\d{{3}}-\\d{{3}}-\\d{{4}}$)}}" | incomplete parameter                | Parse_RegularExpressions_Invalid (extra } at the end)
            "{{p1:regex(^\\d{{3}}-\\d{{3}}-\\d{{4}}$)}" | incomplete parameter                | Parse_RegularExpressions_Invalid (extra { at the beginning)
            "{p1:regex(([}])\\w+}"                    | incomplete parameter                  | Parse_RegularExpressions_Invalid (not escaped })
            "{p1:regex(^\\d{{3}}-\\d{{3}}-\\d{{4}$)}"  | incomplete parameter                  | Parse_RegularExpressions_Invalid (not escaped })
            {p1:regex(abc)                           | incomplete parameter                   | Parse_RegularExpressions_Invalid
            "{p1:regex(^\\d{{3}}-\\d{{3}}-\\d{{{4}}$)}" | must be escaped                     | Parse_RegularExpressions_Unescaped (extra {)
            "{p1:regex(^\\d{{3}}-\\d{{3}}-\\d{4}}$)}"  | must be escaped                       | Parse_RegularExpressions_Unescaped (not escaped {)
            a/{code:regex(^\\d{3}$)}                 | must be escaped                        | Parse_RegularExpressions_Unescaped (issue 16.5: single braces)
            123{a}abc{                               | incomplete parameter                   | InvalidTemplate_WithMismatchedBraces
            123{a}abc}                               | incomplete parameter                   | InvalidTemplate_WithMismatchedBraces
            xyz}123{a}abc}                           | incomplete parameter                   | InvalidTemplate_WithMismatchedBraces
            {{p1}                                    | incomplete parameter                   | InvalidTemplate_WithMismatchedBraces
            {p1}}                                    | incomplete parameter                   | InvalidTemplate_WithMismatchedBraces
            p1}}p2{                                  | incomplete parameter                   | InvalidTemplate_WithMismatchedBraces
            foo/{{p1}                                | incomplete parameter                   | InvalidTemplate_CannotHaveConsecutiveOpenBrace
            foo/{p1}}                                | incomplete parameter                   | InvalidTemplate_CannotHaveConsecutiveCloseBrace
            {a}/{aa}a}/{z}                           | incomplete parameter                   | InvalidTemplate_InvalidParameterNameWithCloseBracketThrows
            {a}/{a{aa}/{z}                           | must be escaped                        | InvalidTemplate_InvalidParameterNameWithOpenBracketThrows
            {a}/{}/{z}                               | invalid parameter name ''              | InvalidTemplate_InvalidParameterNameWithEmptyNameThrows
            {a}//{z}                                 | empty segment                          | InvalidTemplate_ConsecutiveSeparatorsSlashSlashThrows
            foo/{p1}/{*p2}/{p3}                      | catch-all parameter must be the last   | InvalidTemplate_WithCatchAllNotAtTheEndThrows
            {*p1}/{*p2}                              | catch-all parameter must be the last   | InvalidTemplate_CannotHaveMoreThanOneCatchAll
            foo/{*}                                  | invalid parameter name ''              | InvalidTemplate_CannotHaveCatchAllWithNoName
            {a*}                                     | invalid parameter name 'a*'            | ParseRouteParameter_ThrowsIf_ParameterContainsSpecialCharacters
            {*a*}                                    | invalid parameter name 'a*'            | ParseRouteParameter_ThrowsIf_ParameterContainsSpecialCharacters
            {*a*:int}                                | invalid parameter name 'a*'            | ParseRouteParameter_ThrowsIf_ParameterContainsSpecialCharacters
            {*a*=5}                                  | invalid parameter name 'a*'            | ParseRouteParameter_ThrowsIf_ParameterContainsSpecialCharacters
            {*a*b=5}                                 | invalid parameter name 'a*b'           | ParseRouteParameter_ThrowsIf_ParameterContainsSpecialCharacters
            {p1?}.{p2/}/{p3}                         | invalid parameter name 'p2/'           | ParseRouteParameter_ThrowsIf_ParameterContainsSpecialCharacters
            {p{{}                                    | invalid parameter name 'p{'            | ParseRouteParameter_ThrowsIf_ParameterContainsSpecialCharacters
            {p}}}                                    | invalid parameter name 'p}'            | ParseRouteParameter_ThrowsIf_ParameterContainsSpecialCharacters
            {p/}                                     | invalid parameter name 'p/'            | ParseRouteParameter_ThrowsIf_ParameterContainsSpecialCharacters
            {aaa}/{AAA}                              | appears more than once                 | InvalidTemplate_SameParameterTwiceThrows
            {aaa}/{*AAA}                             | appears more than once                 | InvalidTemplate_SameParameterTwiceAndOneCatchAllThrows
            ~foo                                     | cannot start with '~'                  | InvalidTemplate_CannotStartWithTilde
            foor?bar                                 | contains '?'                           | InvalidTemplate_CannotContainQuestionMark
            {foor?b}                                 | invalid parameter name 'foor?b'        | InvalidTemplate_ParameterCannotContainQuestionMark_UnlessAtEnd
            {a}/{*b?}                                | already optional                       | InvalidTemplate_CatchAllMarkedOptional
            foo/aa{p1}{p2}                           | mixes literal text and a parameter     | InvalidTemplate_RepeatedParametersThrows
            123{a}abc{*moo}                          | mixes literal text and a parameter     | InvalidTemplate_CannotHaveCatchAllInMultiSegment
            {Controller}.mvc/{id}/{controller}       | mixes literal text and a parameter     | InvalidTemplate_WithRepeatedParameter (we refuse the complex segment first)
            cool-{p1}                                | mixes literal text and a parameter     | Parse_ComplexSegment_LP: ASP.NET accepts; deviation 6
            {p1}.{p2?}                               | mixes literal text and a parameter     | Parse_ComplexSegment_OptionalParameterFollowingPeriod: ASP.NET accepts; deviation 6
            language/{lang=en}-{region=US}           | mixes literal text and a parameter     | issue 16.7: loaded as one parameter before
            a//b                                     | empty segment                          |
            a/{id:foo}                               | unknown constraint 'foo'               |
            a/{id:int(3)}                            | takes no arguments                     |
            a/{id:min}                               | needs an argument                      |
            a/{id:min(x)}                            | integer arguments                      |
            a/{id:length(1,2,3)}                     | 1 or 2 integer                         |
            a/{id:range(5,1)}                        | wrong way round                        |
            a/{id:length(5,1)}                       | impossible length                      |
            a/{id:regex([)}                          | invalid regular expression             |
            a/{id:regex(x}                           | unclosed '('                           |
            a/{x?}/b                                 | optional parameter can only be followed |
            a/{x?}/{y}                               | optional parameter can only be followed |
            a/{x?}/{*rest}                           | catch-all parameter cannot follow      |
            a/{x=1?}                                 | cannot have a default value            | RoutePatternFactory: an optional parameter cannot have a default
            a/{id:int=abc}                           | does not satisfy its constraints       |
            a?b=1                                    | contains '?'                           |
            a/{x:}                                   | missing constraint name                |
            a/}                                      | incomplete parameter                   |
            """)
    void rejectsInvalidTemplates(String template, String expectedProblem, String source) {
        RouteTemplateException e = assertThrows(RouteTemplateException.class, () -> RouteTemplate.parse(template));
        assertTrue(e.getMessage().contains(expectedProblem), () -> "message was: " + e.getMessage());
        assertTrue(e.getMessage().contains(template.strip()), () -> "message names the template: " + e.getMessage());
    }
}
