package org.functions4j.runtime.pipeline;

import java.util.Locale;
import java.util.Map;
import org.functions4j.runtime.host.HostConfig;

/**
 * host.json's {@code customHeaders} on every response, and {@code Strict-Transport-Security}
 * when {@code hsts.isEnabled} and the request came over HTTPS (browsers ignore it over HTTP, and
 * RFC 6797 says not to send it there) to a host not in {@code excludedHosts}.
 */
final class HostHeaders {
    private final Map<String, String> headers;
    private final HostConfig.Hsts hsts;

    private HostHeaders(HostConfig config) {
        this.headers = config.customHeaders();
        this.hsts = config.hsts();
    }

    /** The headers of an app, or null when it has none to add (then no request pays for them). */
    static HostHeaders of(HostConfig config) {
        return config.customHeaders().isEmpty() && !config.hsts().enabled() ? null : new HostHeaders(config);
    }

    void apply(Exchange exchange) {
        headers.forEach(exchange::header);
        if (hsts.enabled() && exchange.isSecure()
                && !hsts.excludedHosts().contains(exchange.serverName().toLowerCase(Locale.ROOT))) {
            exchange.header("Strict-Transport-Security", hsts.headerValue());
        }
    }
}
