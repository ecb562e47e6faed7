package org.functions4j.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Serves the function app on the test class path for the tests of this class, and hands them a
 * {@link FunctionsClient} as a parameter:
 *
 * <pre>
 * &#64;FunctionsTest
 * class ProductsTest {
 *     &#64;Test
 *     void findsAProduct(FunctionsClient client) {
 *         client.get("/api/products/electronics/357").asFunction("Products").send().assertStatus(200);
 *     }
 * }
 * </pre>
 *
 * The app is loaded as the server loads it (the build-time index or a scan, validation, keys,
 * webhooks, host.json), with keys generated for this class in a temporary secrets directory. It is
 * served in memory through the same request pipeline as the server (no port, no Jetty), or, with
 * {@link #socket()}, by the embedded server on a free loopback port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FunctionsExtension.class)
public @interface FunctionsTest {
    /** Packages to scan for functions; all of the test class path when empty. */
    String[] packages() default {};

    /** The classes declaring the app's functions, instead of finding them (no scan, no index). */
    Class<?>[] classes() default {};

    /** Serve over a real socket on a free loopback port instead of in memory. */
    boolean socket() default false;

    /**
     * The host.json: a file path, or the JSON itself (text starting with {@code {}). When empty,
     * {@code host.json} in the working directory (the project folder under Maven) if there is one,
     * else the defaults. {@link HostJson} on a test method overrides it for that method.
     */
    String hostJson() default "";

    /** The secrets directory; a new temporary one for this class when empty. */
    String secrets() default "";
}
