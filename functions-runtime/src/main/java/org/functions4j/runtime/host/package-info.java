/**
 * host.json and what it governs. <b>Supported API</b>: {@link org.functions4j.runtime.host.HostConfig};
 * the other types are internal.
 */
package org.functions4j.runtime.host;
