package org.functions4j.invoke;

/** An invocation that cannot be made as given; its message is printed on one line before exiting with 2. */
public class UsageException extends Exception {
    /**
     * @param message what is wrong with the inputs
     */
    public UsageException(String message) {
        super(message);
    }
}
