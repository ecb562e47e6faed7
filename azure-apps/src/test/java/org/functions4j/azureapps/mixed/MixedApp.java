package org.functions4j.azureapps.mixed;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.microsoft.azure.functions.annotation.QueueTrigger;
import java.util.Optional;

/** An Azure app with an HTTP function and a queue function, as real apps mix them. */
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
}
