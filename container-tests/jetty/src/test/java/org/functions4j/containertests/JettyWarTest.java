package org.functions4j.containertests;

/** The example WAR in embedded Jetty 12 (ee10), deployed as a servlet container would. */
class JettyWarTest extends WarBehaviourSuite {
    @Override
    protected String container() {
        return "jetty";
    }
}
