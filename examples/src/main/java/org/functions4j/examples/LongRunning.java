package org.functions4j.examples;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.functions4j.api.BindingName;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpTrigger;
import org.functions4j.api.PipelineCallback;

/**
 * The seed's long-running job for the Callback completion event: the answer only schedules the
 * work; the function reports its log and completion back to the pipeline afterwards.
 */
public class LongRunning {
    /**
     * @param request the pipeline's request, carrying the plan headers
     * @param seconds how long the simulated work takes ({@code ?seconds=}, default 5; the seed used 70)
     * @param pipeline where to report
     * @return 200 once the job is scheduled
     */
    @FunctionName("LongRunning")
    public static HttpResponseMessage run(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST}) HttpRequestMessage<Optional<String>> request,
            @BindingName("seconds") Optional<Integer> seconds,
            PipelineCallback pipeline) {
        long millis = TimeUnit.SECONDS.toMillis(Math.max(0, Math.min(seconds.orElse(5), 3600)));
        CompletableFuture.runAsync(() -> {
            pipeline.log("Long-running work started: " + millis + " ms");
            pipeline.log("Long-running work finished");
            pipeline.complete("succeeded");
        }, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
        return request.createResponseBuilder(HttpStatus.OK).body("Long-running job successfully scheduled!").build();
    }
}
