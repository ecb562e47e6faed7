package org.functions4j.runtime.servlet;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.functions4j.runtime.host.HostConfig;

/**
 * Adds host.json's {@code customHeaders} to every response, and {@code Strict-Transport-Security}
 * when {@code hsts.isEnabled} and the request came over HTTPS (browsers ignore it over HTTP, and
 * RFC 6797 says not to send it there) to a host not in {@code excludedHosts}.
 */
public final class HostHeadersFilter extends HttpFilter {
    private final transient Map<String, String> headers;
    private final transient HostConfig.Hsts hsts;

    /**
     * @param config the host settings
     */
    public HostHeadersFilter(HostConfig config) {
        this.headers = config.customHeaders();
        this.hsts = config.hsts();
    }

    /** Whether the app has custom headers or HSTS to add. */
    static boolean isNeeded(HostConfig config) {
        return !config.customHeaders().isEmpty() || config.hsts().enabled();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers.forEach(response::setHeader);
        if (hsts.enabled() && request.isSecure()
                && !hsts.excludedHosts().contains(request.getServerName().toLowerCase(Locale.ROOT))) {
            response.setHeader("Strict-Transport-Security", hsts.headerValue());
        }
        chain.doFilter(request, response);
    }
}
