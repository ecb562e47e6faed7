package org.functions4j.server;

/** A command line that cannot be used; its message is the one line printed before exiting with 2. */
public class UsageException extends Exception {
    /**
     * @param message what is wrong with the command line
     */
    public UsageException(String message) {
        super(message);
    }
}
