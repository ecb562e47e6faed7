package org.functions4j.api;

/**
 * A value the function sets to produce an output, used with {@link HttpOutput} on a parameter.
 *
 * @param <T> the type of the value
 */
public interface OutputBinding<T> {
    /**
     * The value set so far.
     *
     * @return the value, or {@code null} when none was set
     */
    T getValue();

    /**
     * Sets the output value.
     *
     * @param value the value
     */
    void setValue(T value);
}
