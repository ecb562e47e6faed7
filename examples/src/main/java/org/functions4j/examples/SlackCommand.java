package org.functions4j.examples;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpTrigger;
import org.functions4j.api.WebHookType;

/**
 * A Slack slash command ({@code /hello world}). The receiver has checked Slack's signature (or the
 * legacy verification token) before this runs.
 */
public class SlackCommand {
    /**
     * @param form the command, as Slack posts it: {@code application/x-www-form-urlencoded}
     * @return the message Slack shows in the channel
     */
    @FunctionName("SlackCommand")
    public static Map<String, String> run(
            @HttpTrigger(name = "form", webHookType = WebHookType.SLACK) String form) {
        Map<String, String> fields = parse(form);
        return Map.of("response_type", "in_channel",
                "text", "Hello " + fields.getOrDefault("user_name", "there") + ", you said: "
                        + fields.getOrDefault("text", ""));
    }

    private static Map<String, String> parse(String form) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : form == null ? new String[0] : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.putIfAbsent(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
