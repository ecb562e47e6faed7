package org.functions4j.runtime.servlet;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.functions4j.runtime.AppSettings;
import org.functions4j.runtime.host.HostConfig;

/**
 * A web app's settings: context init parameters first, then the environment, then defaults.
 * <ul>
 *   <li>host.json: {@code functions4j.config} (a file path), else {@code WEB-INF/host.json}, else the defaults;
 *       {@code AzureFunctionsJobHost__...} environment variables override it either way</li>
 *   <li>secrets: {@code functions4j.secrets}, else {@code FUNCTIONS_SECRETS_PATH}, else
 *       {@code ./functions4j-secrets/<context name>} under the container's working directory</li>
 *   <li>{@code functions4j.noAuth=true}: keys off (development only, loudly logged)</li>
 * </ul>
 */
final class WebAppSettings {
    static final String CONFIG_PARAMETER = "functions4j.config";
    static final String SECRETS_PARAMETER = "functions4j.secrets";
    static final String NO_AUTH_PARAMETER = "functions4j.noAuth";

    private WebAppSettings() {
    }

    static AppSettings of(ServletContext context, Map<String, String> environment) throws IOException {
        return new AppSettings(hostConfig(context, environment), secrets(context, environment),
                environment.get("FUNCTIONS_SECRETS_KEY"),
                Boolean.parseBoolean(context.getInitParameter(NO_AUTH_PARAMETER)))
                .serving(Set.of(), AppSettings.disabledIn(environment)); // AzureWebJobs.<name>.Disabled, as Azure's app settings
    }

    private static HostConfig hostConfig(ServletContext context, Map<String, String> environment) throws IOException {
        String file = context.getInitParameter(CONFIG_PARAMETER);
        if (file != null && !file.isBlank()) {
            return HostConfig.read(Path.of(file), environment);
        }
        try (InputStream in = context.getResourceAsStream("/WEB-INF/host.json")) {
            if (in != null) {
                return HostConfig.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "WEB-INF/host.json",
                        environment);
            }
        }
        return HostConfig.read(null, environment);
    }

    private static Path secrets(ServletContext context, Map<String, String> environment) {
        String parameter = context.getInitParameter(SECRETS_PARAMETER);
        if (parameter != null && !parameter.isBlank()) {
            return Path.of(parameter);
        }
        String fromEnvironment = environment.get("FUNCTIONS_SECRETS_PATH");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        String name = context.getContextPath().isEmpty() ? "ROOT" : context.getContextPath().substring(1).replace('/', '#');
        return Path.of("functions4j-secrets", name).toAbsolutePath();
    }
}
