/**
 * The servlet-free request pipeline: {@link org.functions4j.runtime.pipeline.Pipeline} serves a
 * {@link org.functions4j.runtime.FunctionApp} through any server that adapts its requests to an
 * {@link org.functions4j.runtime.pipeline.Exchange}. <b>Supported API</b>: {@code Pipeline} and {@code Exchange}.
 */
package org.functions4j.runtime.pipeline;
