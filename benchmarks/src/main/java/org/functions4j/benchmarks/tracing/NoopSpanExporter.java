package org.functions4j.benchmarks.tracing;

import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSpanExporterProvider;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;

/**
 * {@code otel.traces.exporter=noop}: spans go through the SDK's batch processor as with a real
 * exporter, and are dropped, so the benchmark measures tracing's cost in the server, not a network.
 */
public final class NoopSpanExporter implements SpanExporter, ConfigurableSpanExporterProvider {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public SpanExporter createExporter(ConfigProperties config) {
        return this;
    }

    @Override
    public String getName() {
        return "noop";
    }
}
