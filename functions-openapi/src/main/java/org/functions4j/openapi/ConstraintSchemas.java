package org.functions4j.openapi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.functions4j.runtime.model.ValueType;

/**
 * The JSON Schema of a route parameter, from its constraints (ASP.NET Core's set): {@code int} is an
 * int32 integer, {@code long} int64, {@code guid} a uuid string, {@code bool} a boolean,
 * {@code datetime} a date-time string, {@code double}/{@code decimal}/{@code float} numbers,
 * {@code alpha} and {@code regex(...)} patterns, {@code length}/{@code minlength}/{@code maxlength}
 * string lengths, {@code min}/{@code max}/{@code range} bounds.
 */
final class ConstraintSchemas {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern CALL = Pattern.compile("([a-z]+)(?:\\((.*)\\))?", Pattern.DOTALL);

    private ConstraintSchemas() {
    }

    /**
     * @param constraints the constraints as the route table normalizes them
     * @param bound the type a {@code @BindingName} parameter converts the value to, or null
     */
    static ObjectNode of(List<String> constraints, ValueType bound) {
        ObjectNode schema = bound == null ? NODES.objectNode().put("type", "string") : ofValue(bound);
        for (String constraint : constraints) {
            Matcher call = CALL.matcher(constraint);
            if (!call.matches()) {
                continue;
            }
            String args = call.group(2);
            switch (call.group(1)) {
                case "int" -> schema.put("type", "integer").put("format", "int32");
                case "long" -> schema.put("type", "integer").put("format", "int64");
                case "guid" -> schema.put("type", "string").put("format", "uuid");
                case "bool" -> schema.put("type", "boolean");
                case "datetime" -> schema.put("type", "string").put("format", "date-time");
                case "double" -> schema.put("type", "number").put("format", "double");
                case "float" -> schema.put("type", "number").put("format", "float");
                case "decimal" -> schema.put("type", "number");
                case "alpha" -> schema.put("type", "string").put("pattern", "^[A-Za-z]*$");
                case "regex" -> schema.put("type", "string").put("pattern", args);
                case "minlength" -> schema.put("type", "string").put("minLength", Long.parseLong(args));
                case "maxlength" -> schema.put("type", "string").put("maxLength", Long.parseLong(args));
                case "length" -> length(schema, args.split(","));
                case "min" -> schema.put("type", "integer").put("minimum", Long.parseLong(args));
                case "max" -> schema.put("type", "integer").put("maximum", Long.parseLong(args));
                case "range" -> {
                    String[] bounds = args.split(",");
                    schema.put("type", "integer").put("minimum", Long.parseLong(bounds[0].strip()))
                            .put("maximum", Long.parseLong(bounds[1].strip()));
                }
                case "file" -> schema.put("type", "string").put("pattern", "\\.[^/]+$");
                case "required", "nonfile" -> schema.put("type", "string").put("minLength", 1);
                default -> { } // a constraint the route table does not know never loads
            }
        }
        return schema;
    }

    /** The schema of a value a {@code @BindingName} parameter converts to. */
    static ObjectNode ofValue(ValueType type) {
        ObjectNode schema = NODES.objectNode();
        return switch (type) {
            case STRING -> schema.put("type", "string");
            case INT -> schema.put("type", "integer").put("format", "int32");
            case LONG -> schema.put("type", "integer").put("format", "int64");
            case BOOLEAN -> schema.put("type", "boolean");
            case DOUBLE -> schema.put("type", "number").put("format", "double");
            case UUID -> schema.put("type", "string").put("format", "uuid");
        };
    }

    private static void length(ObjectNode schema, String[] bounds) {
        long min = Long.parseLong(bounds[0].strip());
        long max = bounds.length > 1 ? Long.parseLong(bounds[1].strip()) : min;
        schema.put("type", "string").put("minLength", min).put("maxLength", max);
    }
}
