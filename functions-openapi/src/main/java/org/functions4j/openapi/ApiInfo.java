package org.functions4j.openapi;

/**
 * The document's {@code info}: from the project's pom at build time.
 *
 * @param title the API's title
 * @param version the API's version
 * @param description a description, or null
 */
public record ApiInfo(String title, String version, String description) {
}
