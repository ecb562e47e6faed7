package org.functions4j.runtime.webhook;

/**
 * {@code github}: a POST signed with the selected key, {@code X-Hub-Signature-256:
 * sha256=<hex HMAC-SHA256>} (preferred) or {@code X-Hub-Signature: sha1=<hex HMAC-SHA1>} over the
 * raw body; a missing or wrong signature, or a missing {@code X-GitHub-Event}, is 400. The
 * {@code ping} event GitHub sends when a hook is created is answered 200 without running the function.
 */
final class GitHubReceiver implements WebhookReceiver {
    @Override
    public WebhookOutcome check(WebhookRequest request, String key) {
        if (!request.method().equals("POST")) {
            return WebhookOutcome.postOnly();
        }
        String sha256 = request.header("x-hub-signature-256");
        String sha1 = request.header("x-hub-signature");
        boolean valid;
        if (sha256 != null) {
            valid = key != null && Hmac.matches("sha256=" + Hmac.hex("HmacSHA256", key, request.body()), sha256);
        } else if (sha1 != null) {
            valid = key != null && Hmac.matches("sha1=" + Hmac.hex("HmacSHA1", key, request.body()), sha1);
        } else {
            return WebhookOutcome.reject(400, "The delivery has no X-Hub-Signature-256 or X-Hub-Signature header.");
        }
        if (!valid) {
            return WebhookOutcome.reject(400, "The delivery's signature does not match the webhook's key.");
        }
        String event = request.header("x-github-event");
        if (event == null || event.isBlank()) {
            return WebhookOutcome.reject(400, "The delivery has no X-GitHub-Event header.");
        }
        if (event.strip().equals("ping")) {
            return WebhookOutcome.reject(200, "pong");
        }
        return WebhookOutcome.ACCEPT;
    }
}
