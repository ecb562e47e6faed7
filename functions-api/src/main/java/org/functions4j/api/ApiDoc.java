package org.functions4j.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a function in the OpenAPI document ({@code functions:openapi}, {@code /api/openapi.json}):
 * what cannot be inferred from its trigger, parameters and return type. Optional: a function without
 * it is described all the same.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiDoc {
    /**
     * A short summary of what the function does.
     *
     * @return the summary, or "" for none
     */
    String summary() default "";

    /**
     * A longer description (CommonMark).
     *
     * @return the description, or "" for none
     */
    String description() default "";

    /**
     * Tags that group operations in the document and in Swagger UI.
     *
     * @return the tags; none groups the function under its own class's simple name
     */
    String[] tags() default {};
}
