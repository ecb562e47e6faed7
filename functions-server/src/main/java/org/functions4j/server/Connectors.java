package org.functions4j.server;

import org.eclipse.jetty.alpn.server.ALPNServerConnectionFactory;
import org.eclipse.jetty.http2.HTTP2Cipher;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.http2.server.HTTP2ServerConnectionFactory;
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

    /** HTTP/1.1, and HTTP/2 in clear text (h2c: prior knowledge or an {@code Upgrade: h2c} request). */
    static ServerConnector plain(Server server, HttpConfiguration http) {
        return new ServerConnector(server, new HttpConnectionFactory(http), new HTTP2CServerConnectionFactory(http));
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
}
