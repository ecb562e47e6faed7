package org.functions4j.examples;

import java.util.Map;
import java.util.Optional;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpTrigger;
import org.functions4j.api.WebHookType;

/**
 * The seed's GitHub webhook: answers an issue comment. The receiver has checked the delivery's
 * signature before this runs; GitHub's {@code ping} never reaches it.
 */
public class GitHubComment {
    /** The part of GitHub's issue_comment payload this function reads. */
    public static class IssueCommentEvent {
        /** The comment. */
        public Comment comment;
    }

    /** A comment. */
    public static class Comment {
        /** Its text. */
        public String body;
    }

    /**
     * @param request the delivery, its JSON body read into an {@link IssueCommentEvent}
     * @param context the invocation context
     * @return {@code {"body": "New GitHub comment: <comment>"}}
     */
    @FunctionName("GitHubComment")
    public static Map<String, String> run(
            @HttpTrigger(name = "req", webHookType = WebHookType.GITHUB)
            HttpRequestMessage<Optional<IssueCommentEvent>> request,
            ExecutionContext context) {
        String comment = request.getBody().map(event -> event.comment).map(c -> c.body).orElse("");
        context.getLogger().info(() -> "GitHub " + request.getHeaders().get("x-github-event") + " delivery "
                + request.getHeaders().get("x-github-delivery") + " triggered the webhook");
        return Map.of("body", "New GitHub comment: " + comment);
    }
}
