package org.functions4j.server;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium (Debian's chromium-headless-shell, which .ci/run installs) for the tests that
 * need a real browser. Required where FUNCTIONS4J_BROWSER_TESTS=required; elsewhere those tests are
 * skipped when no Chromium is found.
 */
final class Chromium {
    private Chromium() {
    }

    /** The browser's executable. */
    static Path find() {
        Optional<Path> found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .flatMap(directory -> List.of("chromium-headless-shell", "chromium").stream().map(Path.of(directory)::resolve))
                .filter(Files::isExecutable).findFirst();
        if ("required".equals(System.getenv("FUNCTIONS4J_BROWSER_TESTS"))) {
            assertTrue(found.isPresent(), "Chromium is required here (FUNCTIONS4J_BROWSER_TESTS=required) but not on PATH");
        }
        assumeTrue(found.isPresent(), "no Chromium on PATH");
        return found.get();
    }

    /** The page's DOM once its scripts have run (up to 10 s of the page's own time), as Chromium dumps it. */
    static String dumpDom(String url, Path scratch) throws Exception {
        Process chromium = new ProcessBuilder(find().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + Files.createTempDirectory(scratch, "profile"), "--virtual-time-budget=10000",
                "--dump-dom", url).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "Chromium did not finish");
        return dom;
    }
}
