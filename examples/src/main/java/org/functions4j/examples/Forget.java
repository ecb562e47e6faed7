package org.functions4j.examples;

import java.util.logging.Logger;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.BindingName;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpTrigger;

/** Returns nothing, so the runtime answers 204 No Content. */
public class Forget {
    /**
     * Logs that an item is forgotten and returns nothing.
     *
     * @param body the raw body, ignored
     * @param item the item from the route
     * @param context the invocation context
     */
    @FunctionName("Forget")
    public void forget(
            @HttpTrigger(name = "req", methods = {HttpMethod.DELETE}, authLevel = AuthorizationLevel.ANONYMOUS,
                    route = "items/{item}") byte[] body,
            @BindingName("item") String item,
            ExecutionContext context) {
        Logger logger = context.getLogger();
        logger.info(() -> "Forgetting " + item);
    }
}
