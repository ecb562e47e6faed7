package org.functions4j.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a route value of the same name or, when the route has none, to the query
 * parameter of that name. The value is converted to the parameter's type: {@code String},
 * {@code int}, {@code long}, {@code boolean}, {@code double}, {@code UUID}, their boxed forms,
 * or {@code Optional} of those. A value that does not convert is answered with 400.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface BindingName {
    /**
     * The route value or query parameter name.
     *
     * @return the name
     */
    String value();
}
