/**
 * Internal: what the host reports to metrics (Micrometer) and traces (OpenTelemetry). Both are
 * optional: detected once when an app is assembled; without them an app has {@link
 * org.functions4j.runtime.observe.Observer#NONE}, whose calls do nothing.
 */
package org.functions4j.runtime.observe;
