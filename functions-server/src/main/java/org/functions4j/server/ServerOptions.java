package org.functions4j.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@link FunctionsServer}.
 *
 * @param classpath the function app's class path entries (a staging folder expanded to its
 *                  archives); empty means the JVM class path
 * @param packages packages to scan; empty means all
 * @param host the address to listen on; null means all interfaces
 * @param port the port; 0 picks a free one
 * @param config the host.json file, or null for the defaults
 * @param secrets the secrets directory
 * @param noAuth whether keys are off (development only)
 * @param showKeys whether the banner shows each function's default key
 * @param help whether --help was given
 * @param watch whether to reload the app when its class directories or host.json change
 * @param functions the functions to serve, by name; all when empty
 * @param cors origins allowed to call from a browser ({@code --cors}, Core Tools' option), replacing
 *        host.json's; empty to keep host.json's
 * @param corsCredentials whether those calls may carry credentials ({@code --cors-credentials})
 * @param localSettings the app's {@code local.settings.json} ({@link LocalSettings#NONE} when it has none)
 * @param tls HTTPS ({@code --useHttps}), or null for plain HTTP
 * @param verbose whether the host's own information lines are logged too ({@code --verbose})
 * @param jsonLogs whether log lines are JSON objects, one a line ({@code --json-logs})
 * @param openApi whether the OpenAPI document and Swagger UI are served, without a key ({@code --openapi})
 */
public record ServerOptions(List<Path> classpath, List<String> packages, String host, int port, Path config,
                            Path secrets, boolean noAuth, boolean showKeys, boolean help, boolean watch,
                            List<String> functions, List<String> cors, boolean corsCredentials,
                            LocalSettings localSettings, Tls tls, boolean verbose, boolean jsonLogs,
                            boolean openApi) {
    /**
     * {@code --useHttps}: the certificate to serve.
     *
     * @param certificate a PKCS#12 file ({@code --cert}, a {@code .pfx}), or null for a self-signed one for localhost
     * @param password its password ({@code --password}: the password, or a file holding it)
     */
    public record Tls(Path certificate, String password) {
        @Override
        public String toString() {
            return "Tls[certificate=" + certificate + "]"; // never the password
        }
    }

    /** The environment variable naming the secrets directory when {@code --secrets} is not given. */
    public static final String SECRETS_PATH_VARIABLE = "FUNCTIONS_SECRETS_PATH";

    /** The port {@code func start} uses. */
    public static final int DEFAULT_PORT = 7071;

    /** The usage text printed by {@code --help}. */
    public static final String USAGE = """
            Usage: java -jar functions-server-standalone.jar [options]

            Runs the functions of a function app on an embedded Jetty server.

            Options:
              --classpath <path>   the function app: directories and jars separated by '%s',
                                   or a staging folder (target/azure-functions/<app>: its
                                   archive, lib/ and host.json) (default: the JVM class path)
              --packages <list>    only scan these packages, separated by ',' (default: all)
              --functions <names>  only serve these functions, by name, separated by ',' or
                                   spaces (default: all; a function is also left out when
                                   AzureWebJobs.<name>.Disabled is true in the environment
                                   or in local.settings.json)
              --port, -p <n>       the port to listen on, 0 for a free one (default:
                                   local.settings.json's Host.LocalHttpPort, else 7071)
              --host <address>     the address to listen on (default: all interfaces)
              --config <file>      the host.json to use (default: the staging folder's, else
                                   ./host.json if present)
              --secrets <dir>      where keys are kept (default: $FUNCTIONS_SECRETS_PATH, else ./secrets)
              --cors <origins>     origins allowed to call from a browser, separated by ','
                                   ('*' for any, https://*.example.com for its subdomains)
                                   (default: local.settings.json's Host.CORS, else host.json's)
              --cors-credentials   let those calls carry cookies and authorization
              --useHttps           serve HTTPS (HTTP/2 and HTTP/1.1) instead of HTTP; without
                                   --cert, with a self-signed certificate for localhost kept
                                   beside the secrets (its SHA-256 fingerprint is printed)
              --cert <pfx>         with --useHttps: the PKCS#12 (.pfx) file with the key
              --password <p>       with --cert: its password, or a file holding it
              --show-keys          print each function's URL with its default key (for local use)
              --watch              reload the app when its class directories or host.json change
                                   (keys, port and open connections stay; an invalid change is
                                   reported and the previous app keeps serving)
              --no-auth            turn keys off: every function is open (development only)
              --verbose            also log the host's information lines (start-up time, key changes,
                                   Jetty)
              --json-logs          log JSON objects, one a line, with the invocation id and function
              --openapi            serve the OpenAPI document at /api/openapi.json and Swagger UI
                                   at /api/swagger-ui/, without a key (for local use)
              --help               print this help and exit

            local.settings.json (in the working directory, or the staging folder):
              Values and ConnectionStrings become the app's environment variables (a variable
              already set wins); Host.LocalHttpPort, Host.CORS and Host.CORSCredentials are the
              defaults of --port, --cors and --cors-credentials.

            Environment:
              FUNCTIONS_SECRETS_PATH   the secrets directory, when --secrets is not given
              FUNCTIONS_SECRETS_KEY    Base64 of a 32-byte key: keys are stored AES-256-GCM encrypted
            """.formatted(File.pathSeparator);

    /**
     * Parses the command line.
     *
     * @param args the arguments
     * @param workingDirectory where {@code ./host.json} and {@code ./secrets} are looked for
     * @param environment the environment variables
     * @return the options
     * @throws UsageException with a one-line message for an unknown option or a bad value
     */
    public static ServerOptions parse(String[] args, Path workingDirectory, Map<String, String> environment)
            throws UsageException {
        Builder options = builder();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--help", "-h" -> options.help = true;
                case "--classpath", "-cp" -> options.classpath(classpath(value(args, ++i, option)));
                case "--packages" -> options.packages.addAll(packages(value(args, ++i, option)));
                case "--functions" -> {
                    // Core Tools takes names separated by spaces: --functions A B
                    options.functions(names(value(args, ++i, option)));
                    while (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                        options.functions(names(args[++i]));
                    }
                }
                case "--cors" -> options.cors(origins(value(args, ++i, option)));
                case "--cors-credentials" -> options.corsCredentials(true);
                case "--port", "-p" -> options.port(port(value(args, ++i, option)));
                case "--host" -> options.host(host(value(args, ++i, option)));
                case "--config" -> options.config(existingFile(value(args, ++i, option), option));
                case "--secrets" -> options.secrets(path(value(args, ++i, option), option));
                case "--no-auth" -> options.noAuth(true);
                case "--show-keys" -> options.showKeys(true);
                case "--watch" -> options.watch(true);
                case "--useHttps" -> options.useHttps(true);
                case "--cert" -> options.certificate(existingFile(value(args, ++i, option), option));
                case "--password" -> options.password(value(args, ++i, option));
                case "--verbose" -> options.verbose(true);
                case "--json-logs" -> options.jsonLogs(true);
                case "--openapi" -> options.openApi(true);
                default -> throw new UsageException("unknown option '" + option + "' (see --help)");
            }
        }
        return options.build(workingDirectory, environment);
    }

    /** Options built in code (the Maven plugin), with the command line's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Typed options; what is not set gets the command line's default. */
    public static final class Builder {
        private final List<Path> classpath = new ArrayList<>();
        private final List<String> packages = new ArrayList<>();
        private final List<String> functions = new ArrayList<>();
        private final List<String> cors = new ArrayList<>();
        private boolean corsCredentials;
        private String host;
        private Integer port;
        private boolean useHttps;
        private Path certificate;
        private String password;
        private boolean verbose;
        private boolean jsonLogs;
        private boolean openApi;
        private Path config;
        private Path secrets;
        private boolean noAuth;
        private boolean showKeys;
        private boolean watch;
        private boolean help;

        private Builder() {
        }

        /** Adds class path entries (a staging folder stands for its archives). */
        public Builder classpath(List<Path> entries) {
            classpath.addAll(entries);
            return this;
        }

        /** The port; when not set, local.settings.json's {@code Host.LocalHttpPort}, else 7071. */
        public Builder port(Integer port) {
            this.port = port;
            return this;
        }

        /** Serve HTTPS; without a certificate, a self-signed one for localhost. */
        public Builder useHttps(boolean useHttps) {
            this.useHttps = useHttps;
            return this;
        }

        /** The PKCS#12 file to serve HTTPS with. */
        public Builder certificate(Path certificate) {
            this.certificate = certificate;
            return this;
        }

        /** The certificate's password, or a file holding it (as Core Tools' {@code --password}). */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** Log the host's information lines too. */
        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        /** Serve the OpenAPI document and Swagger UI without a key. */
        public Builder openApi(boolean openApi) {
            this.openApi = openApi;
            return this;
        }

        /** Log JSON objects, one a line. */
        public Builder jsonLogs(boolean jsonLogs) {
            this.jsonLogs = jsonLogs;
            return this;
        }

        /** The address to listen on; null for all interfaces. */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** The host.json; when not set, the staging folder's, else {@code host.json} in the working directory if present. */
        public Builder config(Path config) {
            this.config = config;
            return this;
        }

        /** The secrets directory; when not set, {@code $FUNCTIONS_SECRETS_PATH}, else {@code secrets} in the working directory. */
        public Builder secrets(Path secrets) {
            this.secrets = secrets;
            return this;
        }

        public Builder noAuth(boolean noAuth) {
            this.noAuth = noAuth;
            return this;
        }

        public Builder showKeys(boolean showKeys) {
            this.showKeys = showKeys;
            return this;
        }

        /** Serve only these functions (by name); all when none is given. */
        public Builder functions(List<String> names) {
            functions.addAll(names);
            return this;
        }

        /** Origins allowed to call from a browser, replacing host.json's. */
        public Builder cors(List<String> origins) {
            cors.addAll(origins);
            return this;
        }

        /** Whether browser calls may carry credentials. */
        public Builder corsCredentials(boolean credentials) {
            this.corsCredentials = credentials;
            return this;
        }

        /** Reload the app when its class directories or host.json change. */
        public Builder watch(boolean watch) {
            this.watch = watch;
            return this;
        }

        /**
         * The options, defaults applied.
         *
         * @param workingDirectory where {@code host.json} and {@code secrets} are looked for
         * @param environment the environment ({@code FUNCTIONS_SECRETS_PATH})
         */
        public ServerOptions build(Path workingDirectory, Map<String, String> environment) throws UsageException {
            Path hostJson = config;
            Path staged = classpath.stream().filter(StagingFolder::is).findFirst().orElse(null);
            if (hostJson == null && staged != null) {
                hostJson = StagingFolder.hostJson(staged);
            }
            if (hostJson == null && Files.isRegularFile(workingDirectory.resolve("host.json"))) {
                hostJson = workingDirectory.resolve("host.json");
            }
            Path settingsFile = staged != null && Files.isRegularFile(staged.resolve(LocalSettings.FILE_NAME))
                    ? staged.resolve(LocalSettings.FILE_NAME) : workingDirectory.resolve(LocalSettings.FILE_NAME);
            LocalSettings local = Files.isRegularFile(settingsFile) ? LocalSettings.read(settingsFile) : LocalSettings.NONE;
            Map<String, String> appEnvironment = local.appliedTo(environment); // e.g. FUNCTIONS_SECRETS_PATH in Values
            Path keys = secrets;
            if (keys == null) {
                String fromEnvironment = appEnvironment.get(SECRETS_PATH_VARIABLE);
                keys = fromEnvironment != null && !fromEnvironment.isBlank()
                        ? path(fromEnvironment, SECRETS_PATH_VARIABLE) : workingDirectory.resolve("secrets");
            }
            // As func start: the command line wins over local.settings.json's Host section.
            int listen = port != null ? port : local.localHttpPort() != null ? local.localHttpPort() : DEFAULT_PORT;
            List<String> origins = !cors.isEmpty() || local.cors() == null ? cors : hostCors(local);
            if ((certificate != null || password != null) && !useHttps) {
                throw new UsageException((certificate != null ? "--cert" : "--password") + " needs --useHttps");
            }
            if (password != null && certificate == null) {
                throw new UsageException("--password needs --cert");
            }
            Tls tls = useHttps ? new Tls(certificate, certificate == null ? null : passwordOrFile(password)) : null;
            return new ServerOptions(expand(classpath), List.copyOf(packages), host, listen, hostJson, keys, noAuth,
                    showKeys, help, watch, List.copyOf(functions), List.copyOf(origins),
                    corsCredentials || local.corsCredentials(), local, tls, verbose, jsonLogs, openApi);
        }
    }

    private static List<String> hostCors(LocalSettings local) throws UsageException {
        try {
            return origins(local.cors());
        } catch (UsageException e) {
            throw new UsageException(local.file() + ": Host.CORS" + e.getMessage().substring("--cors".length()));
        }
    }

    /** Core Tools' {@code --password}: a file holding the password, or the password itself. */
    private static String passwordOrFile(String password) throws UsageException {
        if (password == null) {
            return "";
        }
        try {
            Path file = Path.of(password);
            if (Files.isRegularFile(file)) {
                return Files.readString(file).strip();
            }
        } catch (InvalidPathException e) {
            // not a path: the password itself
        } catch (java.io.IOException e) {
            throw new UsageException("--password: cannot read the file " + password);
        }
        return password;
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException("option " + option + " needs a value (see --help)");
        }
        return args[index];
    }

    private static List<Path> classpath(String value) throws UsageException {
        List<Path> entries = new ArrayList<>();
        for (String entry : value.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = path(entry, "--classpath");
            if (!Files.exists(path)) {
                throw new UsageException("--classpath entry '" + entry + "' does not exist");
            }
            entries.add(path);
        }
        if (entries.isEmpty()) {
            throw new UsageException("--classpath needs at least one directory or jar");
        }
        return entries;
    }

    /** A staging folder stands for its archives and {@code lib/}. */
    private static List<Path> expand(List<Path> classpath) {
        List<Path> entries = new ArrayList<>();
        for (Path entry : classpath) {
            entries.addAll(StagingFolder.is(entry) ? StagingFolder.classpath(entry) : List.of(entry));
        }
        return List.copyOf(entries);
    }

    private static List<String> packages(String value) throws UsageException {
        List<String> names = new ArrayList<>();
        for (String name : value.split(",")) {
            String trimmed = name.strip();
            if (!trimmed.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}.]*")) {
                throw new UsageException("--packages: '" + name + "' is not a package name");
            }
            names.add(trimmed);
        }
        return names;
    }

    private static List<String> names(String value) throws UsageException {
        List<String> names = new ArrayList<>();
        for (String name : value.split(",")) {
            if (name.isBlank()) {
                throw new UsageException("--functions: a function name is empty in '" + value + "'");
            }
            names.add(name.strip());
        }
        return names;
    }

    private static List<String> origins(String value) throws UsageException {
        List<String> origins = new ArrayList<>();
        for (String origin : value.split(",")) {
            String trimmed = origin.strip();
            if (!trimmed.equals("*") && !trimmed.matches("[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+")) {
                throw new UsageException("--cors: '" + origin + "' is not an origin (scheme://host[:port], or *)");
            }
            origins.add(trimmed);
        }
        return origins;
    }

    private static int port(String value) throws UsageException {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--port must be a number from 0 to 65535, got '" + value + "'");
        }
    }

    private static String host(String value) throws UsageException {
        if (value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            throw new UsageException("--host must be a host name or address, got '" + value + "'");
        }
        return value;
    }

    private static Path existingFile(String value, String option) throws UsageException {
        Path path = path(value, option);
        if (!Files.isRegularFile(path)) {
            throw new UsageException(option + " file '" + value + "' does not exist");
        }
        return path;
    }

    private static Path path(String value, String option) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(option + ": '" + value + "' is not a valid path");
        }
    }
}
