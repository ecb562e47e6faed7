package org.functions4j.runtime;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.functions4j.runtime.auth.KeyAuthorizer;
import org.functions4j.runtime.auth.KeyCipher;
import org.functions4j.runtime.auth.OpenAuthorizer;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.runtime.auth.StoreKeyAuthorizer;
import org.functions4j.runtime.cdi.InstanceProvider;
import org.functions4j.runtime.model.DefinitionException;
import org.functions4j.runtime.model.DefinitionProblem;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.FunctionDefinition;
import org.functions4j.runtime.scan.FunctionIndex;
import org.functions4j.runtime.scan.FunctionScanner;

/**
 * Loads a function app the same way for every front door: find the function classes (the
 * build-time index, else a scan), validate them, open the keys, and prepare the invokers.
 */
public final class FunctionApps {
    private FunctionApps() {
    }

    /**
     * The classes declaring functions: for each class-path entry with a usable build-time index,
     * the classes it lists; every other entry is scanned. Without any index, one scan of the app's
     * class path. No entry's functions are ever hidden by another entry's index.
     *
     * @param appLoader the app's class loader
     * @param appOnly scan only the app loader's own class path, not its parents'
     * @param packages packages to restrict a scan to (indexes are not used then); all when empty
     * @return the classes
     */
    public static List<Class<?>> functionClasses(ClassLoader appLoader, boolean appOnly, List<String> packages) {
        List<String> excluded = appOnly ? List.of() : FunctionScanner.HOST_PACKAGES;
        if (!packages.isEmpty()) {
            return FunctionScanner.scan(appLoader, appOnly, packages, excluded);
        }
        List<Path> classPath = FunctionScanner.classPath(appLoader, appOnly);
        Map<Path, List<Class<?>>> indexed = new LinkedHashMap<>(FunctionIndex.readAll(appLoader));
        if (appOnly) {
            indexed.keySet().retainAll(classPath); // the host's own class path may carry an index too
        }
        if (indexed.isEmpty()) {
            return FunctionScanner.scan(appLoader, appOnly, packages, excluded);
        }
        Set<Class<?>> classes = new LinkedHashSet<>();
        indexed.values().forEach(classes::addAll);
        List<Path> unindexed = classPath.stream().filter(entry -> !indexed.containsKey(entry)).toList();
        if (!unindexed.isEmpty()) {
            classes.addAll(FunctionScanner.scanEntries(appLoader, unindexed, excluded));
        }
        return List.copyOf(classes);
    }

    /** Every function {@code --functions} names must exist: a typo would silently serve nothing. */
    private static void checkNamed(FunctionCatalog all, Set<String> only) {
        List<String> unknown = only.stream()
                .filter(name -> all.functions().stream().noneMatch(f -> f.name().equalsIgnoreCase(name))).sorted().toList();
        if (!unknown.isEmpty()) {
            String known = all.functions().stream().map(FunctionDefinition::name).collect(Collectors.joining(", "));
            throw new DefinitionException(List.of(new DefinitionProblem("--functions " + String.join(",", unknown),
                    "the app has no such function", "its functions are " + known)));
        }
    }

    private static boolean containsIgnoringCase(Set<String> names, String name) {
        return names.stream().anyMatch(name::equalsIgnoreCase);
    }

    /**
     * Validates the classes' functions and prepares the app.
     *
     * @param classes the classes declaring functions
     * @param settings where settings and keys come from
     * @param instances makes the instances of instance-method functions
     * @return the app; close it when it stops
     * @throws org.functions4j.runtime.model.DefinitionException naming every invalid function
     * @throws org.functions4j.runtime.auth.SecretsException when the keys cannot be used
     */
    public static FunctionApp assemble(List<Class<?>> classes, AppSettings settings, InstanceProvider instances) {
        FunctionCatalog all = FunctionCatalog.of(classes, settings.config().routePrefix(),
                settings.config().skipUnsupportedFunctions());
        checkNamed(all, settings.only());
        FunctionCatalog catalog = all.serving(name -> !containsIgnoringCase(settings.disabled(), name)
                && (settings.only().isEmpty() || containsIgnoringCase(settings.only(), name)));
        SecretStore store = SecretStore.open(settings.secrets(),
                settings.secretsKey() == null ? null : KeyCipher.fromBase64(settings.secretsKey()));
        store.ensureKeys(catalog.functions().stream().map(FunctionDefinition::name).toList());
        KeyAuthorizer keys = new StoreKeyAuthorizer(store);
        KeyAuthorizer authorizer = settings.noAuth() ? new OpenAuthorizer(keys) : keys;
        return FunctionApp.create(catalog, settings.config(), instances, store, authorizer);
    }
}
