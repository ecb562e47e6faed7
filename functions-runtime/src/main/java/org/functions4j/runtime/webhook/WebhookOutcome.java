package org.functions4j.runtime.webhook;

/**
 * What a receiver decided: let the function run, or answer in its place.
 *
 * @param status the status to answer with; 0 to run the function
 * @param message the {@code Message} of the JSON body, or null for an empty body
 * @param allow the {@code Allow} header of a 405, or null
 */
public record WebhookOutcome(int status, String message, String allow) {
    /** Run the function. */
    public static final WebhookOutcome ACCEPT = new WebhookOutcome(0, null, null);

    /** Refuse with this status and message (shown to the client). */
    public static WebhookOutcome reject(int status, String message) {
        return new WebhookOutcome(status, message, null);
    }

    static WebhookOutcome postOnly() {
        return new WebhookOutcome(405, "Webhooks accept only POST.", "POST");
    }

    /** Whether the function runs. */
    public boolean accepted() {
        return status == 0;
    }
}
