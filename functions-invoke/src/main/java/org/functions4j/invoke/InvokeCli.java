package org.functions4j.invoke;

import java.io.PrintStream;
import java.util.Map;

/**
 * {@code java -jar functions-invoke.jar --function <url> --key <key> ...}: the "Invoke a function"
 * release-pipeline task as a command. See {@link InvokeOptions#USAGE}.
 */
public final class InvokeCli {
    private InvokeCli() {
    }

    /**
     * Runs the task and exits with its result's code.
     *
     * @param args see {@link InvokeOptions#USAGE}
     * @throws InterruptedException when interrupted while waiting
     */
    public static void main(String[] args) throws InterruptedException {
        System.exit(run(args, System.getenv(), System.out, System.err));
    }

    /**
     * Runs the task.
     *
     * @param args see {@link InvokeOptions#USAGE}
     * @param environment the environment, for macros
     * @param out where the outcome goes
     * @param err where input errors go
     * @return the exit code
     * @throws InterruptedException when interrupted while waiting
     */
    public static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err)
            throws InterruptedException {
        InvokeOptions options;
        try {
            options = InvokeOptions.parse(args, environment);
        } catch (UsageException e) {
            err.println("functions-invoke: " + e.getMessage());
            return 2;
        }
        if (options == null) {
            out.print(InvokeOptions.USAGE);
            return 0;
        }
        return run(options, out);
    }

    /**
     * Runs the task with options built in code (the Maven plugin's {@code invoke} goal).
     *
     * @param options the checked options
     * @param out where the outcome goes
     * @return the exit code
     * @throws InterruptedException when interrupted while waiting
     */
    public static int run(InvokeOptions options, PrintStream out) throws InterruptedException {
        Outcome outcome = options.callback() ? CallbackJob.run(options, out) : ApiResponseJudge.invoke(options);
        OutcomePrinter.print(options, outcome, out);
        return outcome.result().exitCode();
    }
}
