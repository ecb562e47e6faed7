package org.functions4j.server;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;

/**
 * Behind a proxy, the request as the proxy says the client sent it ({@code Forwarded},
 * {@code X-Forwarded-Proto}, {@code -Host}, {@code -Port}, {@code -For}, ...): Jetty's
 * {@link ForwardedRequestCustomizer}, asked only about a request that carries one of the headers it
 * reads. Most requests carry none, and the customizer makes a parser state for every request and
 * looks every header's name up in its own table before it knows that; here a header Jetty parsed
 * as a known one costs one set lookup.
 */
final class ForwardedHeaders implements HttpConfiguration.Customizer {
    private final ForwardedRequestCustomizer forwarded = new ForwardedRequestCustomizer();
    /** The forwarding headers Jetty knows by name: a parsed field carries its {@link HttpHeader}. */
    private final Set<HttpHeader> known = EnumSet.noneOf(HttpHeader.class);
    /** Every forwarding header's name, for a field Jetty has no {@link HttpHeader} for. */
    private final String[] names;

    ForwardedHeaders() {
        names = Stream.of(forwarded.getForwardedHeader(), forwarded.getForwardedHostHeader(),
                        forwarded.getForwardedServerHeader(), forwarded.getForwardedForHeader(),
                        forwarded.getForwardedPortHeader(), forwarded.getForwardedProtoHeader(),
                        forwarded.getForwardedHttpsHeader(), forwarded.getForwardedCipherSuiteHeader(),
                        forwarded.getForwardedSslSessionIdHeader())
                .filter(name -> name != null && !name.isBlank())
                .toArray(String[]::new);
        for (String name : names) {
            HttpHeader header = HttpHeader.CACHE.get(name);
            if (header != null) {
                known.add(header);
            }
        }
    }

    @Override
    public Request customize(Request request, HttpFields.Mutable responseHeaders) {
        for (HttpField field : request.getHeaders()) {
            if (isForwarding(field)) {
                return forwarded.customize(request, responseHeaders);
            }
        }
        return request;
    }

    private boolean isForwarding(HttpField field) {
        HttpHeader header = field.getHeader();
        if (header != null) {
            return known.contains(header);
        }
        String name = field.getName();
        for (String forwarding : names) {
            if (forwarding.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
