package org.functions4j.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the HTTP output binding. On the method it names the return value; on an
 * {@link OutputBinding} parameter it makes that parameter the response (the method then returns
 * {@code void}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface HttpOutput {
    /**
     * The output binding's name.
     *
     * @return the name
     */
    String name();

    /**
     * How the output is presented: {@code "string"}, {@code "binary"}, or empty.
     *
     * @return the data type, or empty
     */
    String dataType() default "";
}
