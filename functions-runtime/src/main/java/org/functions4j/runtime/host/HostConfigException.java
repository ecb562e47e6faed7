package org.functions4j.runtime.host;

/** A host.json that cannot be used; the message names the file and the property. */
public class HostConfigException extends RuntimeException {
    /**
     * @param message the file, the property and what is wrong
     */
    public HostConfigException(String message) {
        super(message);
    }
}
