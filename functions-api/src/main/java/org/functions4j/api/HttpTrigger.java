package org.functions4j.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the parameter that receives the HTTP request which triggers the function.
 *
 * <p>The parameter may be an {@link HttpRequestMessage HttpRequestMessage&lt;T&gt;} (with
 * {@code T} one of {@code Optional<String>}, {@code String}, {@code byte[]} or a JSON POJO,
 * optionally wrapped in {@code Optional}), or the body itself as {@code String},
 * {@code byte[]} or a POJO read from JSON.
 *
 * <pre>{@code
 * @FunctionName("Products")
 * public String run(
 *         @HttpTrigger(name = "req", methods = {HttpMethod.GET},
 *                      authLevel = AuthorizationLevel.ANONYMOUS,
 *                      route = "products/{category:alpha}/{id:int?}")
 *         HttpRequestMessage<Optional<String>> request,
 *         @BindingName("category") String category,
 *         @BindingName("id") Optional<Integer> id) { ... }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface HttpTrigger {
    /**
     * The binding's name: the variable name used in function code for the request or its body.
     *
     * @return the binding name
     */
    String name();

    /**
     * How the body is presented when the parameter type leaves a choice: {@code "string"},
     * {@code "binary"}, or empty to decide from the parameter type.
     *
     * @return the data type, or empty
     */
    String dataType() default "";

    /**
     * The route template, relative to the route prefix ({@code api} by default), for example
     * {@code products/{category:alpha}/{id:int?}}. Empty means the function name.
     *
     * @return the route template, or empty for the function name
     */
    String route() default "";

    /**
     * The HTTP methods the function answers. Empty means every method.
     *
     * @return the allowed methods, or empty for all
     */
    HttpMethod[] methods() default {};

    /**
     * Which key, if any, a request must present: none, a function or host key (the default), or
     * the master key.
     *
     * @return the authorization level
     */
    AuthorizationLevel authLevel() default AuthorizationLevel.FUNCTION;

    /**
     * Puts a webhook receiver in front of the function, which validates the provider's delivery
     * before the function runs. Do not set {@link #methods()} together with a webhook type.
     *
     * @return the webhook type, {@link WebHookType#NONE} for a plain HTTP function
     */
    WebHookType webHookType() default WebHookType.NONE;
}
