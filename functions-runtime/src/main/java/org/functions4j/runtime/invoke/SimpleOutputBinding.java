package org.functions4j.runtime.invoke;

import org.functions4j.api.OutputBinding;

/** The {@link OutputBinding} handed to an {@code @HttpOutput} parameter. */
final class SimpleOutputBinding<T> implements OutputBinding<T> {
    private volatile T value;

    @Override
    public T getValue() {
        return value;
    }

    @Override
    public void setValue(T value) {
        this.value = value;
    }
}
