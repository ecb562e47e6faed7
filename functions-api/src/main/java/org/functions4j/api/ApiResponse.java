package org.functions4j.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A response a function gives, for the OpenAPI document: needed where the return type does not say
 * (an {@code HttpResponseMessage} built with several statuses). Repeatable. Optional.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ApiResponses.class)
public @interface ApiResponse {
    /**
     * The status code.
     *
     * @return the status code
     */
    int status();

    /**
     * What this response means.
     *
     * @return the description
     */
    String description();

    /**
     * The body's type: a class Jackson writes as JSON, {@code String.class} for text,
     * {@code byte[].class} for bytes, {@code Void.class} for no body.
     *
     * @return the type, {@code Void.class} for none
     */
    Class<?> type() default Void.class;
}
