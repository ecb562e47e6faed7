package org.functions4j.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.maven.artifact.Artifact;

/**
 * The staging folder's {@code lib/}: the app's runtime dependencies, so the folder runs without
 * Maven. Our API is left out (the server supplies it, as Azure's worker supplies Azure's library);
 * Azure's library stays in, since outside Azure nothing else supplies it.
 */
final class StagedLibraries {
    private static final String API = "org.functions4j:functions-api";

    private StagedLibraries() {
    }

    /**
     * @param artifacts the project's resolved dependencies (compile and runtime scope)
     * @param lib the folder to fill; jars of dependencies the project no longer has are removed
     * @return how many jars were staged
     */
    static int copy(Collection<Artifact> artifacts, Path lib) throws IOException {
        Set<String> staged = new HashSet<>();
        Files.createDirectories(lib);
        for (Artifact artifact : artifacts) {
            File file = artifact.getFile();
            if (!runsWithTheApp(artifact) || file == null || !file.isFile()) {
                continue;
            }
            String name = artifact.getArtifactId() + "-" + artifact.getVersion()
                    + (artifact.hasClassifier() ? "-" + artifact.getClassifier() : "") + ".jar";
            if (staged.add(name)) {
                Files.copy(file.toPath(), lib.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (var existing = Files.list(lib)) {
            for (Path jar : existing.filter(p -> !staged.contains(p.getFileName().toString())).toList()) {
                Files.delete(jar);
            }
        }
        return staged.size();
    }

    private static boolean runsWithTheApp(Artifact artifact) {
        String scope = artifact.getScope();
        boolean runtime = scope == null || Artifact.SCOPE_COMPILE.equals(scope) || Artifact.SCOPE_RUNTIME.equals(scope);
        return runtime && "jar".equals(artifact.getType())
                && !API.equals(artifact.getGroupId() + ":" + artifact.getArtifactId());
    }
}
