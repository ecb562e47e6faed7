package org.functions4j.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The key and certificate {@code --useHttps} serves: the user's PKCS#12 file ({@code --cert}), or a
 * self-signed certificate for localhost made once with the JDK's {@code keytool} and kept beside
 * the secrets, so a browser told to trust it keeps trusting it (made again when it expires).
 *
 * @param keyStore the loaded key store
 * @param password its password (also the key's)
 * @param fingerprint the certificate's SHA-256 fingerprint, colon-separated hex
 * @param selfSigned whether it was made here
 */
record TlsCertificate(KeyStore keyStore, String password, String fingerprint, boolean selfSigned) {
    static final String SELF_SIGNED_FILE = "localhost-https.p12";
    private static final String PASSWORD_SUFFIX = ".password";
    private static final int VALIDITY_DAYS = 365;

    @Override
    public String toString() {
        return "TlsCertificate[fingerprint=" + fingerprint + "]"; // never the password
    }

    /**
     * The certificate the options name, or a self-signed one kept in {@code folder}.
     *
     * @throws UsageException when the file cannot be read as PKCS#12 with that password, holds no
     *         private key, or keytool cannot make one
     */
    static TlsCertificate of(ServerOptions.Tls tls, Path folder) throws UsageException {
        if (tls.certificate() != null) {
            return load(tls.certificate(), tls.password(), false);
        }
        Path file = folder.resolve(SELF_SIGNED_FILE);
        Path passwordFile = folder.resolve(SELF_SIGNED_FILE + PASSWORD_SUFFIX);
        try {
            if (Files.isRegularFile(file) && Files.isRegularFile(passwordFile)) {
                TlsCertificate kept = load(file, Files.readString(passwordFile).strip(), true);
                if (kept.validForAnotherDay()) {
                    return kept;
                }
            }
            return generate(file, passwordFile);
        } catch (IOException e) {
            throw new UsageException("--useHttps: cannot keep a certificate in " + folder + ": " + e.getMessage());
        }
    }

    private static TlsCertificate load(Path file, String password, boolean selfSigned) throws UsageException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getCertificate(alias) instanceof X509Certificate certificate) {
                    return new TlsCertificate(store, password, fingerprint(certificate), selfSigned);
                }
            }
            throw new UsageException("--cert " + file + " holds no private key with a certificate");
        } catch (IOException e) {
            // PKCS#12 reports a wrong password as an IOException whose cause is UnrecoverableKeyException.
            throw new UsageException("--cert " + file + " cannot be opened: not a PKCS#12 (.pfx) file, or the"
                    + " --password is wrong");
        } catch (GeneralSecurityException e) {
            throw new UsageException("--cert " + file + " cannot be read: " + e.getMessage());
        }
    }

    /** A new EC key and a self-signed certificate for localhost, 127.0.0.1 and ::1, made by keytool. */
    private static TlsCertificate generate(Path file, Path passwordFile) throws IOException, UsageException {
        Files.createDirectories(file.getParent());
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.deleteIfExists(file);
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = List.of(keytool.toString(), "-genkeypair", "-alias", "localhost",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", String.valueOf(VALIDITY_DAYS),
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1,ip:::1",
                "-ext", "EKU=serverAuth", "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass:env", "F4J_STORE_PASSWORD");
        // keytool reads the password from its environment (-storepass:env), so it is not on a command line.
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("F4J_STORE_PASSWORD", password);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new UsageException("--useHttps: keytool could not make a certificate (give --cert): "
                        + output.strip());
            }
        } catch (IOException e) {
            throw new UsageException("--useHttps: no keytool at " + keytool + " to make a certificate (give --cert)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("--useHttps: interrupted while making a certificate");
        }
        Files.writeString(passwordFile, password);
        restrict(passwordFile);
        restrict(file);
        return load(file, password, true);
    }

    private boolean validForAnotherDay() {
        try {
            for (String alias : Collections.list(keyStore.aliases())) {
                if (keyStore.getCertificate(alias) instanceof X509Certificate certificate) {
                    certificate.checkValidity(new Date(System.currentTimeMillis() + TimeUnit.DAYS.toMillis(1)));
                    return true;
                }
            }
        } catch (GeneralSecurityException e) {
            return false;
        }
        return false;
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): the folder's own permissions apply
        }
    }

    private static String fingerprint(X509Certificate certificate) throws GeneralSecurityException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }
}
