package org.functions4j.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The host.json of one test method (the JSON itself, or a file path): the method gets an app of its
 * own with these settings, and its own keys.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HostJson {
    /** The JSON (starting with <code>{</code>) or a file path. */
    String value();
}
