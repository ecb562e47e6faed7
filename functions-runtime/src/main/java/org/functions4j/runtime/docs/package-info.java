/**
 * Supported: how the host finds the module that writes an app's OpenAPI document
 * ({@code functions-openapi}) without depending on it.
 */
package org.functions4j.runtime.docs;
