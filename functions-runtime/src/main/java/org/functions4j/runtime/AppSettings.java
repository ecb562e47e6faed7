package org.functions4j.runtime;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.functions4j.runtime.host.HostConfig;

/**
 * Where an app's settings come from, whichever front door loads it (embedded server or WAR).
 *
 * @param config the host.json settings
 * @param secrets the secrets directory
 * @param secretsKey Base64 of the key that encrypts keys at rest, or null for plain values
 * @param noAuth whether keys are off (development only)
 * @param only the functions to serve, by name ignoring case; all when empty ({@code --functions})
 * @param disabled functions not to serve, by name ignoring case ({@code AzureWebJobs.<name>.Disabled})
 */
public record AppSettings(HostConfig config, Path secrets, String secretsKey, boolean noAuth, Set<String> only,
                          Set<String> disabled) {
    private static final String DISABLED_PREFIX = "azurewebjobs.";
    private static final String DISABLED_SUFFIX = ".disabled";

    /** Every function served. */
    public AppSettings(HostConfig config, Path secrets, String secretsKey, boolean noAuth) {
        this(config, secrets, secretsKey, noAuth, Set.of(), Set.of());
    }

    public AppSettings {
        only = Set.copyOf(only);
        disabled = Set.copyOf(disabled);
    }

    /** The same settings serving only these functions, and not those disabled. */
    public AppSettings serving(Set<String> onlyThese, Set<String> disabledOnes) {
        return new AppSettings(config, secrets, secretsKey, noAuth, onlyThese, disabledOnes);
    }

    /**
     * The functions an environment disables, as Azure's app settings do:
     * {@code AzureWebJobs.<FunctionName>.Disabled} set to {@code true} or {@code 1} (names ignore case).
     */
    public static Set<String> disabledIn(Map<String, String> environment) {
        Set<String> disabled = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        environment.forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith(DISABLED_PREFIX) && lower.endsWith(DISABLED_SUFFIX)
                    && lower.length() > DISABLED_PREFIX.length() + DISABLED_SUFFIX.length()
                    && (value.strip().equalsIgnoreCase("true") || value.strip().equals("1"))) {
                disabled.add(name.substring(DISABLED_PREFIX.length(), name.length() - DISABLED_SUFFIX.length()));
            }
        });
        return disabled;
    }
}
