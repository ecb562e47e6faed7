package org.functions4j.runtime.pipeline;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.BindingName;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpTrigger;

/** Functions for the pipeline tests; {@link #release} lets a held {@code slow} call return. */
public final class PipelineFunctions {
    static volatile CountDownLatch entered = new CountDownLatch(1);
    static volatile CountDownLatch release = new CountDownLatch(1);

    @FunctionName("hello")
    public static String hello(@HttpTrigger(name = "req", methods = HttpMethod.GET, route = "hello/{name}",
            authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<String> request,
                               @BindingName("name") String name) {
        return "hello " + name;
    }

    @FunctionName("keyed")
    public static String keyed(@HttpTrigger(name = "req", methods = HttpMethod.GET, route = "keyed")
                               HttpRequestMessage<String> request) {
        return "keyed";
    }

    @FunctionName("slow")
    public static String slow(@HttpTrigger(name = "req", methods = HttpMethod.GET, route = "slow",
            authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<String> request) throws InterruptedException {
        entered.countDown();
        release.await(10, TimeUnit.SECONDS);
        return "slow";
    }
}
