package org.functions4j.runtime.invoke;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says what is wrong with a JSON body in words a client can act on: what was expected, where (a
 * JSON pointer, and line and column), and what was found. Never a Java type, class or package
 * name, and never the body itself: Jackson's own messages name the target classes.
 */
public final class JsonProblems {
    private static final Pattern START_MARKER =
            Pattern.compile("\\s*\\(start marker at \\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]\\)");
    private static final Pattern SOURCE = Pattern.compile("\\s*(at )?\\[Source: [^\\]]*\\]");
    private static final Pattern FROM_SETTING = Pattern.compile(",? from `[^`]*`");
    private static final Pattern FOUND_TOKEN = Pattern.compile("JsonToken\\.([A-Z_]+)");
    private static final Pattern JAVA_NAMES = Pattern.compile("`|java\\.|javax\\.|com\\.fasterxml|org\\.functions4j|\\$");

    private JsonProblems() {
    }

    /**
     * The message for a body that does not parse or does not fit the function's type.
     *
     * @throws IllegalStateException for {@link InvalidDefinitionException}: the function's type cannot be
     *         read from JSON at all, a server-side fault, not the client's
     */
    public static String describe(JsonProcessingException e) {
        if (e instanceof InvalidDefinitionException) {
            throw new IllegalStateException("the body type cannot be read from JSON", e);
        }
        String where = e instanceof JsonMappingException m ? pointer(m.getPath()) : "";
        Throwable cause = e.getCause();
        if (e instanceof JsonMappingException && !(e instanceof MismatchedInputException)
                && cause instanceof StreamReadException read) {
            return "The request body is not valid JSON: " + reason(read) + at(where) + location(read.getLocation()) + ".";
        }
        if (e instanceof StreamReadException || e instanceof StreamConstraintsException) {
            return "The request body is not valid JSON: " + reason(e) + location(e.getLocation()) + ".";
        }
        return "The request body does not fit this function: " + mismatch(e, where) + location(e.getLocation()) + ".";
    }

    private static String mismatch(JsonProcessingException e, String where) {
        String place = where.isEmpty() ? "the top level" : "\"" + where + "\"";
        if (!(e instanceof MismatchedInputException mismatch)) {
            return "the value at " + place + " is not accepted";
        }
        String original = String.valueOf(e.getOriginalMessage());
        if (original.startsWith("Trailing token")) {
            return "unexpected content after the JSON value";
        }
        if (original.startsWith("No content to map")) {
            return "the body holds no JSON value";
        }
        String expected = expected(mismatch.getTargetType());
        if (e instanceof InvalidNullException) {
            return "the value at " + place + " may not be null";
        }
        if (e instanceof InvalidFormatException) {
            return "the value at " + place + " is not " + expected;
        }
        String found = found(mismatch);
        return "expected " + expected + " at " + place + (found == null ? "" : ", found " + found);
    }

    /** A JSON pointer (RFC 6901) to the value, "" for the top level. */
    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/');
            if (reference.getFieldName() != null) {
                pointer.append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append(reference.getIndex());
            } else {
                pointer.append('-');
            }
        }
        return pointer.toString();
    }

    /** What a Java type reads from, in JSON's words. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (type.isPrimitive() && type != char.class || Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
            return "a number";
        }
        if (type == String.class || type == char.class || type == Character.class || CharSequence.class.isAssignableFrom(type)) {
            return "a string";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> "\"" + ((Enum<?>) c).name() + "\"")
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (type == UUID.class) {
            return "a UUID string";
        }
        if (TemporalAccessor.class.isAssignableFrom(type) || Date.class.isAssignableFrom(type)) {
            return "a date or time string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /** The kind of value found, read from the token Jackson names (its parser is closed by now). */
    private static String found(MismatchedInputException e) {
        Matcher token = FOUND_TOKEN.matcher(String.valueOf(e.getOriginalMessage()));
        if (!token.find()) {
            return null;
        }
        return switch (token.group(1)) {
            case "START_OBJECT", "END_OBJECT", "FIELD_NAME" -> "an object";
            case "START_ARRAY", "END_ARRAY" -> "an array";
            case "VALUE_STRING" -> "a string";
            case "VALUE_NUMBER_INT" -> "an integer";
            case "VALUE_NUMBER_FLOAT" -> "a number";
            case "VALUE_TRUE", "VALUE_FALSE" -> "a boolean";
            case "VALUE_NULL" -> "null";
            default -> null;
        };
    }

    /** The parser's reason, without the source excerpt and setting names Jackson adds. */
    private static String reason(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        Matcher marker = START_MARKER.matcher(message);
        message = marker.replaceAll(" (opened at line $1, column $2)");
        message = SOURCE.matcher(message).replaceAll("");
        message = FROM_SETTING.matcher(message).replaceAll("");
        message = message.replaceAll("\\s+", " ").strip();
        if (message.endsWith(".")) {
            message = message.substring(0, message.length() - 1);
        }
        return JAVA_NAMES.matcher(message).find() ? "malformed JSON" : message;
    }

    private static String at(String where) {
        return where.isEmpty() ? "" : " at \"" + where + "\"";
    }

    private static String location(JsonLocation location) {
        return location == null || location.getLineNr() <= 0 || location.getColumnNr() <= 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
