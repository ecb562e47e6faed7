package org.functions4j.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method as a function and gives it its name.
 *
 * <p>The name must match {@code ^[a-zA-Z][a-zA-Z0-9_\-]{0,127}$}, be unique in the app ignoring
 * case, and not be {@code host}. It is the default route ({@code /api/<name>}) and the name keys
 * are stored under.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface FunctionName {
    /**
     * The function's name.
     *
     * @return the function's name
     */
    String value();
}
