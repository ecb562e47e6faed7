package org.functions4j.server;

import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.http2.HTTP2Cipher;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The socket connector: HTTP/1.1 and h2c, or TLS with HTTP/2 and HTTP/1.1 chosen by ALPN. */
final class Connectors {
    private Connectors() {
    }

    /** HTTP/1.1, and HTTP/2 in clear text to clients that start with its preface (h2c "prior knowledge"). */
    static ServerConnector plain(Server server, HttpConfiguration http) {
        return new ServerConnector(server, new HttpConnectionFactory(http), new PriorKnowledgeH2c(http));
    }

    /** HTTPS: HTTP/2 when the client offers it by ALPN (browsers, the JDK client), else HTTP/1.1. */
    static ServerConnector tls(Server server, HttpConfiguration http, TlsCertificate certificate) {
        HttpConfiguration https = new HttpConfiguration(http);
        https.addCustomizer(new SecureRequestCustomizer()); // the request is secure: HSTS applies
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(certificate.keyStore());
        ssl.setKeyStorePassword(certificate.password());
        ssl.setCipherComparator(HTTP2Cipher.COMPARATOR); // HTTP/2 refuses the ciphers it blacklists
        ALPNServerConnectionFactory alpn = new ALPNServerConnectionFactory();
        HttpConnectionFactory http1 = new HttpConnectionFactory(https);
        alpn.setDefaultProtocol(http1.getProtocol());
        return new ServerConnector(server, new SslConnectionFactory(ssl, alpn.getProtocol()), alpn,
                new HTTP2ServerConnectionFactory(https), http1);
    }

    /**
     * h2c without the {@code Upgrade: h2c} handshake, which RFC 9113 (section 3.1) deprecates: a client
     * asking for it (the JDK's HttpClient does by default) keeps HTTP/1.1. That also keeps those
     * clients off HTTP/2 where JDK clients without the fix for JDK-8335181 fail the requests in flight
     * when a stopping server sends GOAWAY, instead of letting them finish.
     */
    private static final class PriorKnowledgeH2c extends HTTP2CServerConnectionFactory {
        PriorKnowledgeH2c(HttpConfiguration http) {
            super(http);
        }

        @Override
        public Connection upgradeConnection(Connector connector, EndPoint endPoint, MetaData.Request request,
                                            HttpFields.Mutable response) {
            // The preface arrives as a request "PRI * HTTP/2.0"; anything else is an Upgrade header, declined.
            return HttpMethod.PRI.is(request.getMethod()) ? super.upgradeConnection(connector, endPoint, request, response)
                    : null;
        }
    }
}
