package org.functions4j.server;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * Prometheus' text exposition format read by the reference parser: the official Python client's
 * {@code prometheus_client.parser} (Debian's python3-prometheus-client, which .ci/run installs).
 * Without it the tests that need it are skipped, unless FUNCTIONS4J_PROMETHEUS_TESTS=required.
 */
final class PrometheusText {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCRIPT = """
            import json, sys
            from prometheus_client.parser import text_string_to_metric_families
            out = []
            for family in text_string_to_metric_families(sys.stdin.read()):
                for s in family.samples:
                    out.append({"family": family.name, "type": family.type, "name": s.name, "labels": s.labels, "value": s.value})
            print(json.dumps(out))
            """;

    /** One sample: the metric family and its type, the sample's name, labels and value. */
    record Sample(String family, String type, String name, Map<String, String> labels, double value) {
    }

    private PrometheusText() {
    }

    /** Whether the reference parser is here; when it must be and is not, fails. */
    static void assumeParser() throws Exception {
        boolean here = Files.isExecutable(PYTHON) && new ProcessBuilder(PYTHON.toString(), "-c",
                "import prometheus_client.parser").start().waitFor() == 0;
        if (!here && "required".equals(System.getenv("FUNCTIONS4J_PROMETHEUS_TESTS"))) {
            throw new AssertionError("python3-prometheus-client is required (FUNCTIONS4J_PROMETHEUS_TESTS=required)");
        }
        assumeTrue(here, "python3-prometheus-client is not installed");
    }

    /** Every sample of a scrape, as the reference parser reads it (it throws on text that is not the format). */
    static List<Sample> parse(String text) throws Exception {
        Process python = new ProcessBuilder(PYTHON.toString(), "-c", SCRIPT).redirectErrorStream(true).start();
        try (OutputStream in = python.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!python.waitFor(30, TimeUnit.SECONDS) || python.exitValue() != 0) {
            throw new AssertionError("the Prometheus parser refused the scrape:\n" + output);
        }
        List<Sample> samples = new ArrayList<>();
        for (JsonNode sample : JSON.readTree(output)) {
            Map<String, String> labels = new TreeMap<>();
            sample.get("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            samples.add(new Sample(sample.get("family").asText(), sample.get("type").asText(), sample.get("name").asText(),
                    labels, sample.get("value").asDouble()));
        }
        return samples;
    }

    /** The value of the one sample with this name and these labels (others ignored), or NaN when there is none. */
    static double value(List<Sample> samples, String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value).findFirst().orElse(Double.NaN);
    }
}
