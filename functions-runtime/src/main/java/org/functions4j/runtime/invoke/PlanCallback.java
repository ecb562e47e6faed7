package org.functions4j.runtime.invoke;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.functions4j.api.PipelineCallback;

/**
 * The {@link PipelineCallback} built from a request's plan headers: posts log lines to the timeline
 * record's feed and {@code TaskCompleted} to the plan's events, with {@code Bearer <AuthToken>}.
 * Retries with backoff on 5xx answers and connection errors. One HTTP client for the process.
 */
final class PlanCallback implements PipelineCallback {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = Logger.getLogger(PlanCallback.class.getName());
    private static final List<String> HEADERS = List.of("planurl", "projectid", "hubname", "planid", "jobid",
            "timelineid", "taskinstanceid", "authtoken");
    private static final Set<String> RESULTS = Set.of("succeeded", "succeededwithissues", "failed", "canceled",
            "skipped", "abandoned");
    private static final int ATTEMPTS = 4;
    static final int MAX_LINE = 1024;

    private final URI events;
    private final URI feed;
    private final String token;
    private final String taskId;
    private final String jobId;
    private final long firstBackoffMillis;

    PlanCallback(Map<String, String> plan, long firstBackoffMillis) {
        String base = trimSlash(plan.get("planurl")) + "/" + plan.get("projectid") + "/_apis/distributedtask/hubs/"
                + plan.get("hubname") + "/plans/" + plan.get("planid");
        this.events = URI.create(base + "/events?api-version=2.0-preview.1");
        this.feed = URI.create(base + "/timelines/" + plan.get("timelineid") + "/records/" + plan.get("taskinstanceid")
                + "/feed?api-version=4.1");
        this.token = plan.get("authtoken");
        this.taskId = plan.get("taskinstanceid");
        this.jobId = plan.get("jobid");
        this.firstBackoffMillis = firstBackoffMillis;
    }

    /** The callback for a request, or a 400 naming the headers it lacks. */
    static PlanCallback from(RequestData request) {
        Map<String, String> headers = request.headers();
        List<String> missing = HEADERS.stream().filter(h -> headers.get(h) == null || headers.get(h).isBlank()).toList();
        if (!missing.isEmpty()) {
            throw new BindingException("This function reports to a release pipeline (Callback): the request lacks the "
                    + "plan headers " + missing + ".");
        }
        try {
            return new PlanCallback(headers, 200);
        } catch (IllegalArgumentException e) {
            throw new BindingException("The PlanUrl header is not a valid URL.");
        }
    }

    @Override
    public boolean log(String line) {
        String cut = line == null ? "" : line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
        ObjectNode body = JSON.createObjectNode().put("count", 1);
        body.putArray("value").add(cut);
        return post(feed, body);
    }

    @Override
    public boolean complete(String result) {
        if (result == null || !RESULTS.contains(result.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("a job's result is succeeded, succeededWithIssues, failed, canceled, "
                    + "skipped or abandoned, not " + result);
        }
        return post(events, JSON.createObjectNode().put("name", "TaskCompleted").put("taskId", taskId)
                .put("jobId", jobId).put("result", result));
    }

    private boolean post(URI uri, ObjectNode body) {
        long backoff = firstBackoffMillis;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                HttpResponse<Void> response = CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() < 500) {
                    boolean accepted = response.statusCode() < 300;
                    if (!accepted) {
                        LOG.warning(() -> "The pipeline refused a callback to " + uri.getPath() + ": " + response.statusCode());
                    }
                    return accepted;
                }
            } catch (IOException e) {
                LOG.fine(() -> "Callback attempt failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (attempt < ATTEMPTS) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
                backoff *= 2;
            }
        }
        LOG.warning(() -> "The pipeline could not be reached at " + uri.getPath() + " after " + ATTEMPTS + " attempts");
        return false;
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
