/**
 * The types function code is written against: the annotations that declare an HTTP function
 * ({@link org.functions4j.api.FunctionName}, {@link org.functions4j.api.HttpTrigger},
 * {@link org.functions4j.api.BindingName}, {@link org.functions4j.api.HttpOutput}) and the
 * request, response and context types a function receives and returns.
 *
 * <p>Names, shapes and defaults are those of Azure's Java library
 * ({@code com.microsoft.azure.functions}), so a function written for it ports by changing its
 * imports only.
 */
package org.functions4j.api;
