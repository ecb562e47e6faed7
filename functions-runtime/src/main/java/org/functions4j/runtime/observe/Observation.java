package org.functions4j.runtime.observe;

/** One invocation as an observer follows it: current while the function runs, ended once when answered. */
public interface Observation {
    /** Nothing to follow. */
    Observation NONE = new Observation() {
        @Override
        public Scope makeCurrent() {
            return Scope.NONE;
        }

        @Override
        public void ended(int status, Throwable error) {
        }
    };

    /** Makes the invocation current on this thread (its span is {@code Span.current()}) until the scope closes. */
    Scope makeCurrent();

    /**
     * The invocation was answered.
     *
     * @param status the status sent
     * @param error what the function threw, or why it was cancelled; null when it returned
     */
    void ended(int status, Throwable error);

    /** The time an invocation is current on a thread. */
    interface Scope extends AutoCloseable {
        /** Nothing was made current. */
        Scope NONE = () -> { };

        @Override
        void close();
    }
}
