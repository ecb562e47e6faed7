package org.functions4j.runtime.auth;

/**
 * The content of the store's {@code host.json}.
 *
 * @param master the master key's value, or null when the file has none
 * @param hostKeys the host keys ({@code functionKeys} in the file): valid for every function
 * @param systemKeys the system keys (for extensions)
 */
record HostSecrets(String master, KeySet hostKeys, KeySet systemKeys) {
    static final HostSecrets EMPTY = new HostSecrets(null, KeySet.EMPTY, KeySet.EMPTY);

    HostSecrets withMaster(String value) {
        return new HostSecrets(value, hostKeys, systemKeys);
    }

    HostSecrets withHostKeys(KeySet keys) {
        return new HostSecrets(master, keys, systemKeys);
    }

    HostSecrets withSystemKeys(KeySet keys) {
        return new HostSecrets(master, hostKeys, keys);
    }
}
