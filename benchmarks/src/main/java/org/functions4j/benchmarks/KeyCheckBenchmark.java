package org.functions4j.benchmarks;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.functions4j.runtime.auth.KeyKind;
import org.functions4j.runtime.auth.SecretStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The per-request key check: a function key among 100 functions' keys and the host keys, in constant time. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class KeyCheckBenchmark {
    private SecretStore store;
    private String functionKey;

    @Setup
    public void setUp() throws Exception {
        store = SecretStore.open(Files.createTempDirectory("keys").resolve("secrets"), null);
        List<String> functions = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            functions.add("Function" + i);
        }
        store.ensureKeys(functions);
        functionKey = store.keys(SecretStore.Scope.FUNCTION, "Function50").get("default").orElseThrow().value();
    }

    @Benchmark
    public KeyKind functionKey() {
        return store.kindOf(functionKey, "Function50");
    }

    @Benchmark
    public KeyKind wrongKey() {
        return store.kindOf("WrongKeyWrongKeyWrongKeyWrongKeyWrongKeyWrongKeyWrongKe", "Function50");
    }
}
