package org.functions4j.azureapps.mixed;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.CustomBinding;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import java.util.Optional;

/** An Azure app with an HTTP function, a queue function and a custom binding, as real apps mix them. */
public class MixedApp {
    @FunctionName("Ping")
    public String ping(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS)
                       HttpRequestMessage<Optional<String>> request) {
        return "pong";
    }

    @FunctionName("Drain")
    public void drain(@QueueTrigger(name = "message", queueName = "orders", connection = "Storage") String message,
                      final ExecutionContext context) {
        context.getLogger().info(message);
    }

    /** An HTTP trigger with an extension's binding beside it: the function needs what this host lacks. */
    @FunctionName("Enrich")
    public String enrich(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS)
                         HttpRequestMessage<Optional<String>> request,
                         @CustomBinding(direction = "in", name = "profile", type = "redis") String profile) {
        return profile;
    }
}
