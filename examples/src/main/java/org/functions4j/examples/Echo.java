package org.functions4j.examples;

import java.util.List;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpTrigger;

/** Reads a JSON body into a POJO and writes it back as JSON. */
public class Echo {
    /** The message echoed. */
    public static class Message {
        /** Free text. */
        public String text;
        /** A number. */
        public int count;
        /** Some tags. */
        public List<String> tags;
    }

    /**
     * Echoes the message; a body that is not JSON for {@link Message} is answered 400 by the runtime.
     *
     * @param message the body, read from JSON
     * @return the same message, written as JSON
     */
    @FunctionName("Echo")
    public static Message echo(
            @HttpTrigger(name = "message", methods = {HttpMethod.POST}, authLevel = AuthorizationLevel.ANONYMOUS)
            Message message) {
        return message;
    }
}
