package org.functions4j.server;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The server in a JVM of its own, for what only a new process can give the app: environment
 * variables from {@code local.settings.json} that {@code System.getenv} sees (a JVM cannot change
 * its own). The parent waits for it, passes its exit status on, stops it when the parent is stopped,
 * and the child stops when its parent dies (so a killed {@code mvn functions:run} leaves no server).
 */
public final class ServerProcess {
    /** Set in the child: the parent's process id, watched by {@link #exitWithParent}. */
    static final String PARENT_PID_VARIABLE = "FUNCTIONS4J_PARENT_PID";
    /** How long a stopping parent waits for the child's graceful stop before killing it. */
    private static final long STOP_WAIT_SECONDS = 60;

    private ServerProcess() {
    }

    /**
     * The command that runs {@link FunctionsServer} on the JVM running this code.
     *
     * @param jvmOptions options before the class path (heap, agents, system properties)
     * @param classpath the server's class path
     * @param args the server's command line
     */
    public static List<String> command(List<String> jvmOptions, List<Path> classpath, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath.stream().map(Path::toString).toList()));
        command.add(FunctionsServer.class.getName());
        command.addAll(args);
        return command;
    }

    /**
     * Runs a command with the same standard streams, in a folder, with variables added to this
     * process's environment; returns when it exits.
     *
     * @return its exit status
     */
    public static int run(List<String> command, Map<String, String> addedVariables, Path directory)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO().directory(directory.toFile());
        builder.environment().putAll(addedVariables);
        builder.environment().put(PARENT_PID_VARIABLE, String.valueOf(ProcessHandle.current().pid()));
        Process child = builder.start();
        Thread stopChild = new Thread(() -> stop(child), "functions4j-stop-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            stop(child);
            throw e;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook is already running
            }
        }
    }

    /** In a child: exits (gracefully, through the shutdown hooks) when the parent process ends. */
    static void exitWithParent(Map<String, String> environment) {
        String parent = environment.get(PARENT_PID_VARIABLE);
        if (parent == null || !parent.matches("\\d{1,19}")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
                handle -> handle.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
    }

    /** Whether this JVM runs with a debugger agent, which a second JVM could not bind again. */
    static boolean debuggerAttached() {
        return jvmOptions().stream().anyMatch(option -> option.startsWith("-agentlib:jdwp")
                || option.startsWith("-Xrunjdwp"));
    }

    /** This JVM's own options (heap, agents, system properties), for a child that runs like it. */
    static List<String> jvmOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments();
    }

    private static void stop(Process child) {
        child.destroy(); // SIGTERM: the server stops gracefully
        try {
            if (!child.waitFor(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
