package org.functions4j.runtime.webhook;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * {@code slack}: a POST that is either signed with the selected key as the signing secret
 * ({@code X-Slack-Signature: v0=<hex HMAC-SHA256("v0:" + timestamp + ":" + body)>} with
 * {@code X-Slack-Request-Timestamp} no further than the tolerance from now: replay protection), or,
 * for legacy apps, carries the selected key as the form field {@code token}. Anything else is 400.
 */
final class SlackReceiver implements WebhookReceiver {
    private final Clock clock;
    private final Duration tolerance;

    SlackReceiver(Clock clock, Duration tolerance) {
        this.clock = clock;
        this.tolerance = tolerance;
    }

    @Override
    public WebhookOutcome check(WebhookRequest request, String key) {
        if (!request.method().equals("POST")) {
            return WebhookOutcome.postOnly();
        }
        String signature = request.header("x-slack-signature");
        if (signature != null) {
            return checkSignature(request, key, signature);
        }
        String token = formField(request.body(), "token");
        if (token == null) {
            return WebhookOutcome.reject(400, "The request has neither an X-Slack-Signature header nor a token.");
        }
        return Hmac.sameSecret(key, token) ? WebhookOutcome.ACCEPT
                : WebhookOutcome.reject(400, "The request's token does not match the webhook's key.");
    }

    private WebhookOutcome checkSignature(WebhookRequest request, String key, String signature) {
        String timestamp = request.header("x-slack-request-timestamp");
        long seconds;
        try {
            seconds = Long.parseLong(timestamp == null ? "" : timestamp.strip());
        } catch (NumberFormatException e) {
            return WebhookOutcome.reject(400, "The request has no valid X-Slack-Request-Timestamp header.");
        }
        if (Math.abs(clock.instant().getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return WebhookOutcome.reject(400, "The request's timestamp is too far from now (replay protection).");
        }
        byte[] prefix = ("v0:" + timestamp.strip() + ":").getBytes(StandardCharsets.UTF_8);
        boolean valid = key != null && Hmac.matches("v0=" + Hmac.hex("HmacSHA256", key, prefix, request.body()), signature);
        return valid ? WebhookOutcome.ACCEPT
                : WebhookOutcome.reject(400, "The request's signature does not match the webhook's key.");
    }

    /** A field of an {@code application/x-www-form-urlencoded} body, or null. */
    private static String formField(byte[] body, String name) {
        for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && decode(pair.substring(0, eq)).equals(name)) {
                return decode(pair.substring(eq + 1));
            }
        }
        return null;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
