package org.functions4j.invoke.criteria;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Success criteria in the Azure Pipelines condition language, e.g.
 * {@code and(eq(statusCode, 200), eq(root['status'], 'successful'))}. Variables: {@code root} (the
 * parsed JSON response), {@code statusCode} and {@code headers['name']}. Parsed once; thread-safe.
 */
public final class Criteria {
    private final String expression;
    private final Expr tree;

    private Criteria(String expression, Expr tree) {
        this.expression = expression;
        this.tree = tree;
    }

    /**
     * Parses criteria.
     *
     * @param expression the expression
     * @return the parsed criteria
     * @throws CriteriaException naming the position of what is wrong
     */
    public static Criteria parse(String expression) {
        return new Criteria(expression, Parser.parse(expression));
    }

    /**
     * The outcome of evaluating criteria.
     *
     * @param passed whether the criteria are true
     * @param trace each function call and its value, innermost first, so a user sees why
     */
    public record Result(boolean passed, List<String> trace) {
    }

    /**
     * Evaluates the criteria against a response.
     *
     * @param root the JSON body, or null when the body is not JSON
     * @param statusCode the status code
     * @param headers the response headers (looked up ignoring case)
     * @return whether they hold, and how each part evaluated
     * @throws CriteriaException when a value cannot be converted where the language requires it
     */
    public Result evaluate(JsonNode root, int statusCode, Map<String, String> headers) {
        Map<String, Object> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        Map<String, Object> variables = new HashMap<>(); // root may be null: the body was not JSON
        variables.put("root", plain(root));
        variables.put("statuscode", BigDecimal.valueOf(statusCode));
        variables.put("headers", caseless);
        Evaluation evaluation = new Evaluation(variables);
        boolean passed = Coercion.truthy(evaluation.eval(tree));
        return new Result(passed, evaluation.trace);
    }

    @Override
    public String toString() {
        return expression;
    }

    /** One evaluation, recording each call's value. */
    private static final class Evaluation {
        private final Map<String, Object> variables;
        private final List<String> trace = new ArrayList<>();

        Evaluation(Map<String, Object> variables) {
            this.variables = variables;
        }

        Object eval(Expr expr) {
            if (expr instanceof Expr.Literal literal) {
                return literal.value();
            }
            if (expr instanceof Expr.Name name) {
                return variables.get(name.text());
            }
            if (expr instanceof Expr.Index index) {
                return index(eval(index.target()), eval(index.key()));
            }
            Expr.Call call = (Expr.Call) expr;
            Object value = Functions.call(call.name(), new Functions.Arguments() {
                @Override
                public Object get(int i) {
                    return eval(call.arguments().get(i));
                }

                @Override
                public int size() {
                    return call.arguments().size();
                }
            });
            trace.add(call.text() + " => " + Coercion.describe(value));
            return value;
        }

        private static Object index(Object target, Object key) {
            if (target instanceof Map<?, ?> map) {
                String name = Coercion.string(key);
                return name == null ? null : map.get(name);
            }
            if (target instanceof List<?> list) {
                BigDecimal n = Coercion.number(key);
                if (n == null || n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || n.intValue() >= list.size()) {
                    return null;
                }
                return list.get(n.intValue());
            }
            return null;
        }
    }

    /** JSON as plain values: objects as maps (keys case-sensitive), arrays as lists, numbers as BigDecimal. */
    private static Object plain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }
}
