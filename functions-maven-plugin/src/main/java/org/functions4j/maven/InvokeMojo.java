package org.functions4j.maven;

import java.time.Duration;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.functions4j.invoke.InvokeCli;
import org.functions4j.invoke.InvokeOptions;
import org.functions4j.invoke.UsageException;

/**
 * The "Invoke a function" task as a Maven goal: calls a function and fails the build unless the
 * step succeeds. Parameters mirror the {@code functions-invoke} command line.
 */
@Mojo(name = "invoke", requiresProject = false, threadSafe = true)
public class InvokeMojo extends AbstractMojo {
    /** The function URL. */
    @Parameter(property = "functions.function", required = true)
    private String function;

    /** A function or host key (sent as x-functions-key). */
    @Parameter(property = "functions.key", required = true)
    private String key;

    /** The HTTP method. */
    @Parameter(property = "functions.method", defaultValue = "POST")
    private String method;

    /** Request headers as a JSON object. */
    @Parameter(property = "functions.headers")
    private String headers;

    /** Query parameters to append (no leading ? or &amp;). */
    @Parameter(property = "functions.query")
    private String query;

    /** The request body. */
    @Parameter(property = "functions.body")
    private String body;

    /** ApiResponse or Callback. */
    @Parameter(property = "functions.completion", defaultValue = "ApiResponse")
    private String completion;

    /** Success criteria, e.g. {@code eq(root['status'], 'successful')}. */
    @Parameter(property = "functions.criteria")
    private String criteria;

    /** Seconds the answer may take. */
    @Parameter(property = "functions.timeout", defaultValue = "20")
    private int timeout;

    /** Seconds to wait for the callback. */
    @Parameter(property = "functions.callbackTimeout", defaultValue = "3600")
    private int callbackTimeout;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        InvokeOptions options;
        try {
            options = InvokeOptions.builder().function(function).key(key).method(method).headers(headers).query(query)
                    .body(body).completion(completion).criteria(criteria).timeout(Duration.ofSeconds(timeout))
                    .callbackTimeout(Duration.ofSeconds(callbackTimeout)).build(Map.copyOf(System.getenv()));
        } catch (UsageException e) {
            throw new MojoFailureException("Functions4J: " + e.getMessage());
        }
        int exit;
        try {
            exit = InvokeCli.run(options, System.out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while waiting for the function", e);
        }
        if (exit != 0) {
            throw new MojoFailureException("Functions4J: the invocation did not succeed (exit code " + exit + ", see above)");
        }
    }
}
