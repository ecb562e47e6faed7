package org.functions4j.runtime.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.functions4j.api.WebHookType;

/** The receiver for each webhook type, made once per app. */
public final class WebhookReceivers {
    private final Map<WebHookType, WebhookReceiver> receivers = new EnumMap<>(WebHookType.class);

    /**
     * @param json parses genericJson bodies
     * @param clock the time Slack timestamps are compared with
     * @param slackTolerance how far a Slack timestamp may be from now
     */
    public WebhookReceivers(ObjectMapper json, Clock clock, Duration slackTolerance) {
        receivers.put(WebHookType.GENERIC_JSON, new GenericJsonReceiver(json));
        receivers.put(WebHookType.GITHUB, new GitHubReceiver());
        receivers.put(WebHookType.SLACK, new SlackReceiver(clock, slackTolerance));
    }

    /** The receiver for a type; null for {@link WebHookType#NONE}. */
    public WebhookReceiver of(WebHookType type) {
        return receivers.get(type);
    }
}
