/**
 * Loading a function app: {@link org.functions4j.runtime.FunctionApps} finds, validates and assembles it,
 * {@link org.functions4j.runtime.FunctionApp} is the result. <b>Supported API</b> for hosts that embed the runtime.
 */
package org.functions4j.runtime;
