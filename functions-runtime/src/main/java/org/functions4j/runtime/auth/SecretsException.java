package org.functions4j.runtime.auth;

/** The secret store cannot be used: a file is malformed, unreadable, or encrypted with another key. Names the file. */
public class SecretsException extends RuntimeException {
    /**
     * @param message names the file and says what is wrong, never a key value
     */
    public SecretsException(String message) {
        super(message);
    }

    /**
     * @param message names the file and says what is wrong, never a key value
     * @param cause the underlying failure
     */
    public SecretsException(String message, Throwable cause) {
        super(message, cause);
    }
}
