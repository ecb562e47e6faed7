package org.functions4j.benchmarks.functions;

import java.util.List;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.BindingName;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpTrigger;

/** The load benchmark's functions: the same work as {@link org.functions4j.benchmarks.BaselineServer}'s servlet. */
public class BenchFunctions {
    /** The JSON echoed. */
    public static class Message {
        public String text;
        public int count;
        public List<String> tags;
    }

    /** Hello without a key: the anonymous GET cell. */
    @FunctionName("Anon")
    public static String anon(@HttpTrigger(name = "req", methods = {HttpMethod.GET},
            authLevel = AuthorizationLevel.ANONYMOUS) String body, @BindingName("name") String name) {
        return "Hello, " + name;
    }

    @FunctionName("Hello")
    public static String hello(@HttpTrigger(name = "req", methods = {HttpMethod.GET}) String body,
                               @BindingName("name") String name) {
        return "Hello, " + name;
    }

    /** A function that blocks for 50 ms (a call to a slow service): the virtual-thread benchmark's. */
    @FunctionName("Blocking")
    public static String blocking(@HttpTrigger(name = "req", methods = {HttpMethod.GET}) String body)
            throws InterruptedException {
        Thread.sleep(50);
        return "done";
    }

    @FunctionName("Echo")
    public static Message echo(@HttpTrigger(name = "message", methods = {HttpMethod.POST}) Message message) {
        return message;
    }
}
