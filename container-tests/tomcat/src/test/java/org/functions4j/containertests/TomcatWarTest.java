package org.functions4j.containertests;

/** The example WAR in embedded Tomcat 10.1, deployed as a servlet container would. */
class TomcatWarTest extends WarBehaviourSuite {
    @Override
    protected String container() {
        return "tomcat";
    }
}
