package org.functions4j.invoke;

import java.util.Locale;

/** How an invocation ended, with the task result names and this CLI's exit codes. */
public enum Result {
    /** The step succeeded. */
    SUCCEEDED("succeeded", 0),
    /** The callback reported success with issues. */
    SUCCEEDED_WITH_ISSUES("succeededWithIssues", 10),
    /** The answer was not 2xx, the criteria were false, or the callback reported failure. */
    FAILED("failed", 1),
    /** The callback reported the job canceled. */
    CANCELED("canceled", 11),
    /** The callback reported the job skipped. */
    SKIPPED("skipped", 12),
    /** The callback reported the job abandoned. */
    ABANDONED("abandoned", 13),
    /** No answer (ApiResponse) or no callback in time. */
    TIMED_OUT("timedOut", 14),
    /** The function could not be called at all. */
    ERROR("error", 3);

    private final String taskName;
    private final int exitCode;

    Result(String taskName, int exitCode) {
        this.taskName = taskName;
        this.exitCode = exitCode;
    }

    /** The name the pipeline uses, e.g. {@code succeededWithIssues}. */
    public String taskName() {
        return taskName;
    }

    /** The CLI's exit code. */
    public int exitCode() {
        return exitCode;
    }

    /** The result a callback's {@code result} names (case-insensitive), or null for an unknown name. */
    static Result ofCallback(String name) {
        if (name == null) {
            return null;
        }
        for (Result result : values()) {
            if (result.ordinal() <= ABANDONED.ordinal() && result.taskName.toLowerCase(Locale.ROOT)
                    .equals(name.toLowerCase(Locale.ROOT))) {
                return result;
            }
        }
        return null;
    }
}
