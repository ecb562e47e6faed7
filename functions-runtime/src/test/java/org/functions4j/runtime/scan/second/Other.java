package org.functions4j.runtime.scan.second;

import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpTrigger;

/** A function in a second class-path entry, one without an index. */
public class Other {
    @FunctionName("Other")
    public static String other(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return "other";
    }
}
