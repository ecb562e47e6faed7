package org.functions4j.openapi;

import org.functions4j.runtime.docs.OpenApiProvider;
import org.functions4j.runtime.model.FunctionCatalog;

/** What the host serves at {@code /<prefix>/openapi.json}: the same document the build writes. */
public final class OpenApiDocumentProvider implements OpenApiProvider {
    @Override
    public String document(FunctionCatalog catalog, String title, String version) {
        return OpenApiDocument.json(OpenApiDocument.of(catalog, new ApiInfo(title, version, null)));
    }
}
