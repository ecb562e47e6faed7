package org.functions4j.runtime.model;

import java.lang.reflect.Type;

/**
 * How a request body is handed to a function.
 *
 * @param form text, raw bytes, or JSON read into {@code jsonType}
 * @param optional whether it is wrapped in {@code Optional} (empty when there is no body)
 * @param jsonType the target type for {@link Form#JSON}
 */
public record BodyType(Form form, boolean optional, Type jsonType) {
    /** The forms a body can take. */
    public enum Form {
        /** A {@code String}, decoded with the request's charset (UTF-8 by default). */
        STRING,
        /** The raw bytes. */
        BYTES,
        /** JSON, read with Jackson into a POJO, a {@code Map}, a {@code List}... */
        JSON
    }
}
