package org.functions4j.runtime.servlet;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.runtime.invoke.BindingException;
import org.functions4j.runtime.invoke.QueryString;
import org.functions4j.runtime.invoke.RequestData;

/** A servlet request seen as {@link RequestData}; each part is computed when first asked for. */
final class ServletRequestData implements RequestData {
    private final HttpServletRequest request;
    private final HostConfig.Limits limits;
    private Map<String, String> headers;
    private Map<String, String> query;
    private byte[] body;
    private boolean bodyRead;

    ServletRequestData(HttpServletRequest request, HostConfig.Limits limits) {
        this.request = request;
        this.limits = limits;
    }

    @Override
    public String method() {
        return request.getMethod();
    }

    @Override
    public URI uri() {
        String query = request.getQueryString();
        String url = request.getRequestURL().toString();
        try {
            return new URI(query == null ? url : url + "?" + query);
        } catch (URISyntaxException e) {
            try {
                // Characters a client may send unescaped in a query (e.g. '|'): let URI quote them.
                URI base = new URI(url);
                return new URI(base.getScheme(), base.getRawAuthority(), base.getPath(), query, null);
            } catch (URISyntaxException again) {
                throw new BindingException("The request URI is not valid.");
            }
        }
    }

    @Override
    public Map<String, String> headers() {
        if (headers == null) {
            Map<String, String> map = new HashMap<>();
            for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
                // As the Azure host hands headers to a Java function: a repeated header's values
                // joined with "," (no space), a header whose value is empty or blank left out.
                String name = names.nextElement();
                String value = String.join(",", Collections.list(request.getHeaders(name)));
                if (!value.isBlank()) {
                    map.put(name.toLowerCase(Locale.ROOT), value);
                }
            }
            headers = Map.copyOf(map); // immutable: FunctionRequest's own Map.copyOf then copies nothing
        }
        return headers;
    }

    @Override
    public Map<String, String> queryParameters() {
        if (query == null) {
            query = QueryString.parse(request.getQueryString());
        }
        return query;
    }

    @Override
    public String contentType() {
        return request.getHeader("Content-Type"); // the raw header: Jetty's getContentType() throws for an unknown charset
    }

    /**
     * {@inheritDoc}
     *
     * @throws RequestBody.TooLargeException when the body is over the limit
     */
    @Override
    public byte[] body() {
        if (!bodyRead) {
            bodyRead = true;
            try {
                byte[] bytes = RequestBody.of(request, limits.maxRequestBodyBytes());
                body = bytes.length == 0 ? null : bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }
}
