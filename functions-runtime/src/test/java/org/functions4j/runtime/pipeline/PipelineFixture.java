package org.functions4j.runtime.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import org.functions4j.runtime.FunctionApp;
import org.functions4j.runtime.auth.SecretStore;
import org.functions4j.runtime.auth.StoreKeyAuthorizer;
import org.functions4j.runtime.cdi.InstanceProviders;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.FunctionDefinition;

/** An app of {@link PipelineFunctions} with the given host.json and keys in a new temporary directory. */
final class PipelineFixture {
    private PipelineFixture() {
    }

    static FunctionApp app(String hostJson) {
        try {
            return app(hostJson, SecretStore.open(Files.createTempDirectory("pipeline").resolve("secrets"), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FunctionApp app(String hostJson, SecretStore store) {
        HostConfig config = HostConfig.parse(hostJson, "host.json");
        FunctionCatalog catalog = FunctionCatalog.of(List.of(PipelineFunctions.class), config.routePrefix());
        store.ensureKeys(catalog.functions().stream().map(FunctionDefinition::name).toList());
        return FunctionApp.create(catalog, config, InstanceProviders.forEmbedded(PipelineFixture.class.getClassLoader()),
                store, new StoreKeyAuthorizer(store));
    }
}
