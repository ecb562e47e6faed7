package org.functions4j.api;

/**
 * Reports back to the release pipeline that called this function with the Callback completion
 * event. Declare it as a parameter; the runtime builds it from the request's plan headers
 * ({@code PlanUrl}, {@code ProjectId}, {@code HubName}, {@code PlanId}, {@code JobId},
 * {@code TimelineId}, {@code TaskInstanceId}, {@code AuthToken}), and answers 400 when they are missing.
 *
 * <pre>{@code
 * @FunctionName("Deploy")
 * public String deploy(@HttpTrigger(name = "req") String body, PipelineCallback pipeline) {
 *     worker.submit(() -> { pipeline.log("deploying..."); ...; pipeline.complete("succeeded"); });
 *     return "Deployment scheduled";   // the 2xx answer only starts the job
 * }
 * }</pre>
 */
public interface PipelineCallback {
    /**
     * Streams a line to the job's live log (lines over 1,024 characters are cut).
     *
     * @param line the line
     * @return true when the pipeline accepted it
     */
    boolean log(String line);

    /**
     * Reports the job's completion.
     *
     * @param result {@code succeeded}, {@code succeededWithIssues}, {@code failed}, {@code canceled},
     *        {@code skipped} or {@code abandoned}
     * @return true when the pipeline accepted it
     * @throws IllegalArgumentException for another result
     */
    boolean complete(String result);
}
