package org.functions4j.invoke.criteria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriteriaTest {
    private static final JsonNode ROOT = json("""
            {"status": "Successful", "count": 3, "ratio": 0.5, "ok": true, "missing": null, "empty": "",
             "version": "1.2.3", "list": [1, "two", {"three": 3}], "nested": {"Name": "Ann"}}""");

    private static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static boolean eval(String expression) {
        return Criteria.parse(expression).evaluate(ROOT, 200, Map.of("Content-Type", "application/json")).passed();
    }

    /** expression | expected */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            true                                              | true
            false                                             | false
            eq(root['status'], 'successful')                  | true
            eq(root.status, 'SUCCESSFUL')                     | true
            ne('abc', 'ABC')                                  | false
            eq(1, '1')                                        | true
            eq('1', 1)                                        | true
            eq(1, 'one')                                      | false
            eq(true, 'yes')                                   | true
            eq(false, '')                                     | true
            eq(root.count, 3)                                 | true
            eq(root.count, 3.0)                               | true
            gt(root.count, 2)                                 | true
            ge(root.count, '3')                               | true
            lt(root.ratio, 1)                                 | true
            le(-1, -1)                                        | true
            gt('b', 'A')                                      | true
            gt(1.10.0, 1.9.9)                                 | true
            eq(1.2.3, root.version)                           | true
            eq(root.missing, root.nothere)                    | true
            eq(root.nested.Name, 'ann')                       | true
            eq(root.nested.name, 'ann')                       | false
            eq(root.list[1], 'TWO')                           | true
            eq(root.list[2].three, 3)                         | true
            eq(root.list[9], root.missing)                    | true
            and(true, true, true)                             | true
            and(true, false)                                  | false
            or(false, 0, '', root.missing)                    | false
            or(false, 1)                                      | true
            not(root.empty)                                   | true
            not(root.list)                                    | false
            xor(true, false)                                  | true
            xor(true, 1)                                      | false
            in('b', 'a', 'B', 'c')                            | true
            notIn('z', 'a', 'b')                              | true
            contains('Hello World', 'WORLD')                  | true
            containsValue(root.list, 'two')                   | true
            containsValue(root.list, 4)                       | false
            startsWith(root.status, 'succ')                   | true
            endsWith(root.status, 'FUL')                      | true
            eq(coalesce(root.missing, root.empty, 'x'), 'x')  | true
            eq(format('{0}-{1}', 'a', 1), 'a-1')              | true
            eq(format('{{0}}', 'a'), '{0}')                   | true
            eq(join('+', root.list), '1+two+')                | true
            eq(length(root.status), 10)                       | true
            eq(length(root.list), 3)                          | true
            eq(count(root.nested), 1)                         | true
            eq(lower('AbC'), 'abc')                           | true
            eq(upper('AbC'), 'ABC')                           | true
            eq(replace('a-b-c', '-', '+'), 'a+b+c')           | true
            eq(length(split('a,b,c', ',')), 3)                | true
            isNullOrEmpty(root.empty)                         | true
            isNullOrEmpty(root.status)                        | false
            eq('it''s', 'IT''S')                              | true
            eq(statusCode, 200)                               | true
            eq(headers['content-type'], 'application/json')   | true
            EQ(STATUSCODE, 200)                               | true
            """)
    void evaluatesWithTheReferenceSemantics(String expression, boolean expected) {
        assertEquals(expected, eval(expression));
    }

    @Test
    void aBodyThatIsNotJsonIsANullRoot() {
        Criteria.Result result = Criteria.parse("and(eq(statusCode, 200), isNullOrEmpty(root))")
                .evaluate(null, 200, Map.of());
        assertEquals(true, result.passed());
    }

    @Test
    void andAndOrStopEarly() {
        // The right operand would fail to compare ('x' is no number); short-circuit never evaluates it.
        assertEquals(false, eval("and(false, gt(1, 'x'))"));
        assertEquals(true, eval("or(true, gt(1, 'x'))"));
        assertThrows(CriteriaException.class, () -> eval("and(true, gt(1, 'x'))"));
    }

    @Test
    void tracesEverySubExpressionSoAFailureExplainsItself() {
        Criteria.Result result = Criteria.parse("and(eq(statusCode, 200), eq(root['status'], 'failed'))")
                .evaluate(ROOT, 200, Map.of());
        assertEquals(false, result.passed());
        assertEquals(List.of("eq(statusCode, 200) => True", "eq(root['status'], 'failed') => False",
                "and(eq(statusCode, 200), eq(root['status'], 'failed')) => False"), result.trace());
    }

    /** expression | message */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            eq(1, x)              | Unrecognized value: 'x'. Located at position 7 within expression: eq(1, x)
            foo(1)                | Unrecognized function: 'foo'. Located at position 1 within expression: foo(1)
            eq(1)                 | Function 'eq' takes 2 argument(s), got 1. Located at position 1
            not(1, 2)             | Function 'not' takes 1 argument(s), got 2
            and(true)             | Function 'and' takes at least 2 argument(s), got 1
            eq(1, 2               | Unexpected end of expression. Located at position 8
            eq(1, 2))             | Unexpected symbol: ')'. Located at position 9
            eq('abc, 1)           | Unclosed string literal. Located at position 4
            eq(1, 2) # comment    | Unexpected symbol: '#'. Located at position 10
            eq(null, 1)           | Unrecognized value: 'null'. Located at position 4
            "   "                 | The expression is empty
            """)
    void namesThePositionOfAnError(String expression, String message) {
        CriteriaException e = assertThrows(CriteriaException.class, () -> Criteria.parse(expression));
        assertEquals(true, e.getMessage().startsWith(message), e::getMessage);
    }

    /** expression | message fragment */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            gt(1, 'abc')          | Unable to convert 'abc' to Number in 'gt'
            lt(1.2.3, 'x')        | Unable to convert 'x' to Version in 'lt'
            gt(root.list, 1)      | Unable to compare array(3) in 'gt'
            contains(root.list, 1) | Unable to convert array(3) to String in 'contains'
            """)
    void failsClearlyWhenAValueDoesNotConvert(String expression, String message) {
        CriteriaException e = assertThrows(CriteriaException.class, () -> eval(expression));
        assertEquals(true, e.getMessage().startsWith(message), e::getMessage);
    }
}
