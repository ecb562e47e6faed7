package org.functions4j.containertests;

/** The embedded server's behaviour suite through the WAR in embedded Jetty 12 (ee10). */
class JettyBehaviourTest extends ContainerBehaviourSuite {
}
