package org.functions4j.runtime.model;

import java.util.Set;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.WebHookType;

/**
 * The HTTP trigger of a function, as declared by {@code @HttpTrigger}.
 *
 * @param name the binding name
 * @param route the route template as declared; empty means the function name
 * @param methods the allowed methods; empty means all
 * @param authLevel the authorization level
 * @param webHookType the webhook receiver, {@link WebHookType#NONE} for none
 * @param dataType the declared data type, or empty
 */
public record TriggerSpec(String name, String route, Set<HttpMethod> methods, AuthorizationLevel authLevel,
                          WebHookType webHookType, String dataType) {
}
