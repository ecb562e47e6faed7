package org.functions4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.functions4j.benchmarks.functions.BenchFunctions;
import org.functions4j.runtime.AppSettings;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.FunctionApps;
import org.functions4j.runtime.cdi.InstanceProviders;
import org.functions4j.runtime.host.HostConfig;

/** The benchmark functions as a Functions4J app with default settings and fresh keys, assembled in process. */
final class BenchApp {
    private BenchApp() {
    }

    static FunctionApp assemble() throws IOException {
        ClassLoader loader = BenchApp.class.getClassLoader();
        return FunctionApps.assemble(List.of(BenchFunctions.class),
                new AppSettings(HostConfig.DEFAULTS, Files.createTempDirectory("bench").resolve("secrets"), null, false),
                InstanceProviders.forEmbedded(loader));
    }
}
