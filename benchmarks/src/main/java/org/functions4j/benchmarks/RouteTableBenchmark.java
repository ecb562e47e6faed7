package org.functions4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.functions4j.runtime.route.RouteMatch;
import org.functions4j.runtime.route.RouteTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** {@code RouteTable.match} over tables of 10, 1,000 and 10,000 realistic routes. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RouteTableBenchmark {
    @Param({"10", "1000", "10000"})
    int routes;

    private RouteTable<String> table;
    private String[] paths;
    private int next;

    @Setup
    public void setUp() {
        table = Routes.table(routes);
        paths = Routes.paths(routes);
    }

    @Benchmark
    public RouteMatch<String> match() {
        String path = paths[next++ & (paths.length - 1)];
        return table.match("GET", path);
    }
}
