package org.functions4j.runtime;

import java.nio.file.Path;
import org.functions4j.runtime.host.HostConfig;

/**
 * Where an app's settings come from, whichever front door loads it (embedded server or WAR).
 *
 * @param config the host.json settings
 * @param secrets the secrets directory
 * @param secretsKey Base64 of the key that encrypts keys at rest, or null for plain values
 * @param noAuth whether keys are off (development only)
 */
public record AppSettings(HostConfig config, Path secrets, String secretsKey, boolean noAuth) {
}
