/**
 * The servlet adapter. <b>Supported API</b>: {@link org.functions4j.runtime.servlet.FunctionsServletContainerInitializer}
 * (found by the container in a WAR) and {@link org.functions4j.runtime.servlet.FunctionsInstaller}.
 */
package org.functions4j.runtime.servlet;
