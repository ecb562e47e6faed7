package org.functions4j.runtime.webhook;

/**
 * Validates a provider's delivery before the function runs, with the key chosen for it. Receivers
 * are thread-safe. Nothing about the expected signature or the key ever goes into an outcome's
 * message.
 */
public interface WebhookReceiver {
    /**
     * @param request the delivery
     * @param key the selected key's value, or null when no key has the selected name
     * @return accept, or the answer to give instead of running the function
     */
    WebhookOutcome check(WebhookRequest request, String key);
}
