package org.functions4j.containertests;

/** The embedded server's behaviour suite through the WAR in Tomcat 10.1. */
class TomcatBehaviourTest extends ContainerBehaviourSuite {
}
