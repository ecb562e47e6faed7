package org.functions4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import org.functions4j.runtime.route.RouteTable;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Not a measurement: proves the benchmarks still compile, start and hit what they mean to. */
class BenchmarkSmokeTest {

    @Test
    void theBenchmarksRun() throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(RouteTableBenchmark.class.getSimpleName())
                .include(KeyCheckBenchmark.class.getSimpleName())
                .param("routes", "10")
                .forks(0).warmupIterations(0).measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(50))
                .build()).run();
        assertEquals(3, results.size());
    }

    @Test
    void everyBenchmarkPathMatchesARoute() {
        for (int routes : new int[] {10, 1000, 10000}) {
            RouteTable<String> table = Routes.table(routes);
            assertEquals(routes, table.routes().size());
            for (String path : Routes.paths(routes)) {
                assertTrue(table.match("GET", path).isFound(), path);
            }
            assertFalse(table.match("GET", "/api/nowhere").isFound());
        }
    }
}
