package org.functions4j.runtime.docs;

import org.functions4j.runtime.model.FunctionCatalog;

/**
 * Writes the OpenAPI document of an app's functions. {@code functions-openapi} provides one
 * ({@code META-INF/services}); the host looks for it once, when an app with
 * {@code functions4j.openapi.enabled} is assembled.
 */
public interface OpenApiProvider {
    /**
     * @param catalog the functions the app serves
     * @param title the document's title
     * @param version the document's version
     * @return the document, as JSON
     */
    String document(FunctionCatalog catalog, String title, String version);
}
