/**
 * <b>Internal</b> to Functions4J: public only so the runtime's own packages and modules can use it.
 * Apps and hosts must not depend on it; it changes without notice.
 */
package org.functions4j.runtime.auth;
