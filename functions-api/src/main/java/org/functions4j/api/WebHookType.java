package org.functions4j.api;

/** The webhook receiver placed in front of a function. */
public enum WebHookType {
    /** No receiver: a plain HTTP function. */
    NONE,
    /** POST with a JSON body, authorized by the {@code code} key. */
    GENERIC_JSON,
    /** A GitHub delivery, authorized by its HMAC signature. */
    GITHUB,
    /** A Slack request, authorized by its token or signing secret. */
    SLACK
}
