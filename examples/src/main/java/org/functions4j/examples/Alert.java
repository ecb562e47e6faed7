package org.functions4j.examples;

import java.util.Map;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpTrigger;
import org.functions4j.api.WebHookType;

/**
 * A genericJson webhook: any system that can POST JSON with {@code ?code=<key>} can raise an alert.
 * The receiver has checked the method, the key, the content type and the JSON before this runs.
 */
public class Alert {
    /**
     * @param alert the JSON body
     * @param context the invocation context
     * @return what was accepted
     */
    @FunctionName("Alert")
    public static Map<String, Object> raise(
            @HttpTrigger(name = "alert", webHookType = WebHookType.GENERIC_JSON) Map<String, Object> alert,
            ExecutionContext context) {
        Object severity = alert.getOrDefault("severity", "info");
        context.getLogger().info(() -> "Alert of severity " + severity);
        return Map.of("accepted", true, "severity", severity);
    }
}
