package org.functions4j.runtime.auth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The keys of a function app, kept in a directory in the reference host's layout: {@code host.json}
 * (master, host and system keys) and one {@code <function name in lower case>.json} per function.
 *
 * <p>Reads are lock-free: an immutable {@link KeyRing} is swapped in after every change. Writes take
 * turns with every other writer ({@link SecretsDirectory}), read the file afresh before changing it,
 * and replace it atomically, so a crash leaves the old or the new file and a change made by another
 * instance is never lost. Changes others make to
 * the files are picked up by {@link #reloadIfChanged()}. Key values never appear in a message.
 */
public final class SecretStore {
    private static final Logger LOG = Logger.getLogger(SecretStore.class.getName());
    static final String HOST_FILE = "host.json";

    /** Which keys an operation is about. */
    public enum Scope {
        /** Host keys: valid for every function. */
        HOST,
        /** System keys: for extensions. */
        SYSTEM,
        /** The keys of one function. */
        FUNCTION
    }

    private final SecretsDirectory files;
    private final SecretsCodec codec;
    private final Map<Path, Object> signatures = new HashMap<>();
    private volatile KeyRing ring = KeyRing.EMPTY;
    private final List<Runnable> reloadListeners = new CopyOnWriteArrayList<>();

    private SecretStore(SecretsDirectory files, SecretsCodec codec) {
        this.files = files;
        this.codec = codec;
    }

    /**
     * Opens (and if needed creates) a store.
     *
     * @param directory the directory; created with a {@code .gitignore} that ignores everything in it
     * @param cipher encrypts values at rest, or null to store them plain
     * @return the store with every file loaded
     * @throws SecretsException naming the file that is malformed, unreadable, or encrypted with another key
     */
    public static SecretStore open(Path directory, KeyCipher cipher) {
        return open(directory, cipher, step -> { });
    }

    static SecretStore open(Path directory, KeyCipher cipher, AtomicFileWriter.StepListener steps) {
        String instanceId = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong())
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        String hostName = Objects.requireNonNullElse(System.getenv("HOSTNAME"), "localhost");
        SecretStore store = new SecretStore(new SecretsDirectory(directory.toAbsolutePath(), new AtomicFileWriter(steps)),
                new SecretsCodec(cipher, hostName, instanceId));
        store.files.create();
        store.loadAll();
        return store;
    }

    /** The directory the keys live in. */
    public Path directory() {
        return files.path();
    }

    /** What the presented key is for the function; with a null function, what it is for any function. */
    public KeyKind kindOf(String presented, String function) {
        return ring.kindOf(presented, function);
    }

    /** The master key's value. */
    public Optional<String> master() {
        return Optional.ofNullable(ring.host().master());
    }

    /** The keys of a scope; for {@link Scope#FUNCTION}, of the named function. */
    public KeySet keys(Scope scope, String function) {
        KeyRing current = ring;
        return switch (scope) {
            case HOST -> current.host().hostKeys();
            case SYSTEM -> current.host().systemKeys();
            case FUNCTION -> current.function(function);
        };
    }

    /**
     * The key a webhook delivery is checked with: the function's key of that name, else the host
     * key of that name.
     *
     * @param function the webhook function
     * @param name the client id ({@code x-functions-clientid} header, {@code clientid} query), or {@code default}
     * @return the key's value
     */
    public Optional<String> webhookKey(String function, String name) {
        KeyRing current = ring;
        return current.function(function).get(name).or(() -> current.host().hostKeys().get(name)).map(NamedKey::value);
    }

    /**
     * Creates the keys that are missing: the master key, the host key {@code default} and each
     * function's {@code default}. Existing keys are never changed.
     *
     * @param functionNames the app's functions
     */
    public void ensureKeys(Collection<String> functionNames) {
        Set<String> missing = new LinkedHashSet<>();
        HostSecrets host = ring.host();
        if (host.master() == null || host.hostKeys().get("default").isEmpty()) {
            missing.add(HOST_FILE);
        }
        for (String function : functionNames) {
            if (ring.function(function).get("default").isEmpty()) {
                missing.add(fileName(function));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        if (!files.isWritable()) {
            LOG.warning(() -> "The secrets directory " + files.path() + " is read-only: default keys missing from "
                    + missing + " were not created");
            return;
        }
        updateHost(h -> {
            HostSecrets updated = h.master() == null ? h.withMaster(KeyValues.generate()) : h;
            return updated.hostKeys().get("default").isPresent() ? updated
                    : updated.withHostKeys(updated.hostKeys().with("default", KeyValues.generate()));
        });
        for (String function : functionNames) {
            if (missing.contains(fileName(function))) {
                updateFunction(function, keys -> keys.get("default").isPresent() ? keys
                        : keys.with("default", KeyValues.generate()));
            }
        }
    }

    /**
     * Sets a key, creating it when new.
     *
     * @param scope which keys
     * @param function the function, for {@link Scope#FUNCTION}
     * @param name the key's name
     * @param value the value, or null to generate one
     * @return true when the key was created, false when an existing key was replaced
     */
    public boolean put(Scope scope, String function, String name, String value) {
        String newValue = value == null ? KeyValues.generate() : value;
        boolean[] created = new boolean[1];
        updateKeys(scope, function, keys -> {
            created[0] = keys.get(name).isEmpty();
            return keys.with(name, newValue);
        });
        return created[0];
    }

    /**
     * Deletes a key.
     *
     * @return true when it existed
     */
    public boolean delete(Scope scope, String function, String name) {
        boolean[] existed = new boolean[1];
        updateKeys(scope, function, keys -> {
            existed[0] = keys.get(name).isPresent();
            return keys.without(name);
        });
        return existed[0];
    }

    /**
     * Replaces the master key.
     *
     * @param value the new value, or null to generate one
     * @return the new value
     */
    public String setMaster(String value) {
        String newValue = value == null ? KeyValues.generate() : value;
        updateHost(h -> h.withMaster(newValue));
        return newValue;
    }

    /** Runs the action each time keys are read again after another writer changed the directory. */
    public void onReload(Runnable action) {
        reloadListeners.add(action);
    }

    /**
     * Reloads the files changed, added or removed since they were last read. A file that cannot be
     * read now is skipped with a warning, and the keys loaded before stay in force.
     */
    public void reloadIfChanged() {
        files.inTurn(() -> {
            Map<Path, Object> seen = new HashMap<>();
            for (Path file : files.keyFiles()) {
                Object signature = SecretsDirectory.signature(file);
                seen.put(file, signature);
                if (signature != null && !signature.equals(signatures.get(file))) {
                    try {
                        load(file);
                        LOG.info(() -> "Reloaded keys from " + file.getFileName());
                        reloadListeners.forEach(Runnable::run);
                    } catch (SecretsException e) {
                        LOG.warning(() -> "Ignoring a change to " + e.getMessage() + "; the keys loaded before stay in force");
                    }
                }
            }
            for (Path gone : new ArrayList<>(signatures.keySet())) {
                if (!seen.containsKey(gone) && !gone.getFileName().toString().equals(HOST_FILE)) {
                    ring = ring.withFunction(functionOf(gone), null);
                    signatures.remove(gone);
                    LOG.info(() -> "Keys file " + gone.getFileName() + " was removed");
                }
            }
        });
    }

    /** Reads every file and builds one ring (loading file by file would rebuild it once per function). */
    private void loadAll() {
        HostSecrets host = HostSecrets.EMPTY;
        Map<String, KeySet> functions = new HashMap<>();
        for (Path file : files.keyFiles()) {
            byte[] content = SecretsDirectory.read(file);
            signatures.put(file, SecretsDirectory.signature(file));
            if (content == null) {
                continue;
            }
            if (file.getFileName().toString().equals(HOST_FILE)) {
                host = codec.readHost(content, file.toString());
            } else {
                functions.put(functionOf(file).toLowerCase(Locale.ROOT), codec.readFunction(content, file.toString()));
            }
        }
        ring = KeyRing.of(host, functions);
    }

    private void load(Path file) {
        String name = file.getFileName().toString();
        byte[] content = SecretsDirectory.read(file);
        signatures.put(file, SecretsDirectory.signature(file));
        if (name.equals(HOST_FILE)) {
            ring = ring.withHost(content == null ? HostSecrets.EMPTY : codec.readHost(content, file.toString()));
        } else {
            ring = ring.withFunction(functionOf(file), content == null ? null : codec.readFunction(content, file.toString()));
        }
    }

    private void updateKeys(Scope scope, String function, UnaryOperator<KeySet> change) {
        switch (scope) {
            case HOST -> updateHost(h -> h.withHostKeys(change.apply(h.hostKeys())));
            case SYSTEM -> updateHost(h -> h.withSystemKeys(change.apply(h.systemKeys())));
            case FUNCTION -> updateFunction(function, change);
        }
    }

    private void updateHost(UnaryOperator<HostSecrets> change) {
        Path file = files.file(HOST_FILE);
        update(file, () -> {
            byte[] content = SecretsDirectory.read(file);
            // A vanished file (moved away, deleted by hand) is recreated from the keys in force, never emptied.
            HostSecrets current = content == null ? ring.host() : codec.readHost(content, file.toString());
            HostSecrets changed = change.apply(current);
            ring = ring.withHost(changed);
            return changed.equals(current) && content != null ? null : codec.writeHost(changed);
        });
    }

    private void updateFunction(String function, UnaryOperator<KeySet> change) {
        Path file = files.file(fileName(function));
        update(file, () -> {
            byte[] content = SecretsDirectory.read(file);
            KeySet current = content == null ? ring.function(function) : codec.readFunction(content, file.toString());
            KeySet changed = change.apply(current);
            ring = ring.withFunction(function, changed);
            return changed.equals(current) && content != null ? null : codec.writeFunction(changed);
        });
    }

    private void update(Path file, Supplier<byte[]> change) {
        try {
            files.writeInTurn(file, change, () -> signatures.put(file, SecretsDirectory.signature(file)));
        } catch (IOException e) {
            // The ring may hold the change already; reload the file so memory matches the disk again.
            reloadQuietly(file);
            throw new SecretsException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private void reloadQuietly(Path file) {
        try {
            load(file);
        } catch (SecretsException e) {
            LOG.warning(() -> "Cannot reload " + file.getFileName() + " after a failed write: " + e.getMessage());
        }
    }

    static String fileName(String function) {
        return function.toLowerCase(Locale.ROOT) + ".json";
    }

    private static String functionOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }
}
