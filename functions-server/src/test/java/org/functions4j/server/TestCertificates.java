package org.functions4j.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** One self-signed localhost certificate per test JVM (keytool takes about half a second), and clients that trust it. */
final class TestCertificates {
    private static TlsCertificate localhost;

    private TestCertificates() {
    }

    /** The certificate {@code --useHttps} makes, made once in a temporary folder. */
    static synchronized TlsCertificate localhost() {
        if (localhost == null) {
            try {
                localhost = TlsCertificate.of(new ServerOptions.Tls(null, null), Files.createTempDirectory("functions4j-tls"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (UsageException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return localhost;
    }

    /** A TLS context that trusts exactly this certificate. */
    static SSLContext trusting(TlsCertificate certificate) throws GeneralSecurityException, IOException {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        for (String alias : Collections.list(certificate.keyStore().aliases())) {
            trusted.setCertificateEntry(alias, certificate.keyStore().getCertificate(alias));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    /** The kept certificate file and its password file in a folder. */
    static Path file(Path folder) {
        return folder.resolve(TlsCertificate.SELF_SIGNED_FILE);
    }
}
