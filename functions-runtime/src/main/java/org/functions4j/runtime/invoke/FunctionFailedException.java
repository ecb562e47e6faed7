package org.functions4j.runtime.invoke;

/** What a function threw, wrapped so it is never confused with the runtime's own errors. */
public class FunctionFailedException extends Exception {
    /**
     * @param cause what the function threw
     */
    public FunctionFailedException(Throwable cause) {
        super(cause);
    }
}
