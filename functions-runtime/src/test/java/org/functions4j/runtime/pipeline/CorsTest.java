/*
 * Rows ported from ASP.NET Core (MIT, (c) .NET Foundation): src/Middleware/CORS/test/UnitTests/
 * CorsServiceTests.cs and CorsPolicyExtensionsTest.cs; each row names its test.
 */
package org.functions4j.runtime.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.functions4j.runtime.host.HostConfig;
import org.functions4j.runtime.host.HostConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CORS stage through the pipeline, no server: what a browser is told. */
class CorsTest {
    private static String hostJson(String cors) {
        return "{\"functions4j\": {\"cors\": " + cors + "}}";
    }

    private static Map<String, String> corsHeaders(RecordingExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.responseHeaders.forEach((name, value) -> {
            if (name.startsWith("Access-Control-") || name.equals("Vary")) {
                headers.put(name, value);
            }
        });
        return headers;
    }

    /**
     * Whether an origin is allowed by a wildcard subdomain origin. CorsPolicyExtensionsTest:
     * IsOriginAnAllowedSubdomain_ReturnsTrue_WhenASubdomain, _ReturnsFalse_WhenNotASubdomain,
     * _ReturnsFalseIfOriginIsMalformedUri. origin | allowed origin | allowed?
     */
    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            http://sub.domain         | http://*.domain      | true
            http://sub.sub.domain     | http://*.domain      | true
            http://sub.sub.domain     | http://*.sub.domain  | true
            http://sub.domain:4567    | http://*.domain:4567 | true
            http://domain             | http://*.domain      | false
            http://sub.domain         | http://domain        | false
            http://sub.domain:1234    | http://*.domain:5678 | false
            http://sub.domain         | http://domain.*      | false
            http://sub.sub.domain     | http://sub.*.domain  | false
            http://sub.domain.hacker  | http://*.domain      | false
            https://sub.domain        | http://*.domain      | false
            null                      | http://*.domain      | false
            http://                   | http://*.domain      | false
            http://*                  | http://*.domain      | false
            http://.domain            | http://*.domain      | false
            http://.domain/hello      | http://*.domain      | false
            """)
    void matchesWildcardSubdomainsAsAspNetCoreDoes(String origin, String allowed, boolean expected) {
        Cors cors = Cors.of(HostConfig.parse(hostJson("{\"allowedOrigins\": [\"" + allowed + "\"]}"), "host.json"));
        assertEquals(expected, cors.isAllowed(origin), origin + " by " + allowed);
    }

    /**
     * What the browser is told, through the whole pipeline. Rows after CorsServiceTests:
     * policy (JSON) | method | Origin | Access-Control-Request-Method | -Headers | status | CORS headers (name=value;...) | test
     */
    @ParameterizedTest(name = "{7}")
    @CsvSource(delimiter = '|', nullValues = "-", quoteCharacter = '`', textBlock = """
            {"allowedOrigins": ["http://example.com"]} | GET | - | - | - | 200 | `` | EvaluatePolicy_NoOrigin_ReturnsInvalidResult
            {"allowedOrigins": ["bar"]} | GET | http://example.com | - | - | 200 | `` | EvaluatePolicy_NoMatchingOrigin_ReturnsInvalidResult
            {"allowedOrigins": ["*"]} | GET | http://example.com | - | - | 200 | Access-Control-Allow-Origin=* | EvaluatePolicy_AllowAnyOrigin_AddsAnyOrigin, _DoesNotVaryByOrigin
            {"allowedOrigins": ["http://example.com"], "supportCredentials": true} | GET | http://example.com | - | - | 200 | Access-Control-Allow-Origin=http://example.com;Access-Control-Allow-Credentials=true | EvaluatePolicy_SupportsCredentials_AllowCredentialsReturnsTrue
            {"allowedOrigins": ["http://example.com"]} | GET | http://example.com | - | - | 200 | Access-Control-Allow-Origin=http://example.com | EvaluatePolicy_AllowOneOrigin_DoesNotVaryByOrigin
            {"allowedOrigins": ["http://example.com", "http://api.example.com"]} | GET | http://example.com | - | - | 200 | Access-Control-Allow-Origin=http://example.com;Vary=Origin | EvaluatePolicy_AllowMultipleOrigins_VariesByOrigin
            {"allowedOrigins": ["http://*.example.com"]} | GET | http://a.example.com | - | - | 200 | Access-Control-Allow-Origin=http://a.example.com;Vary=Origin | a wildcard subdomain varies by origin (SetIsOriginAllowed_VariesByOrigin)
            {"allowedOrigins": ["*"], "exposedHeaders": ["foo", "bar", "baz"]} | GET | http://example.com | - | - | 200 | Access-Control-Allow-Origin=*;Access-Control-Expose-Headers=foo,bar,baz | EvaluatePolicy_ManyExposedHeaders_HeadersAllowed
            {"allowedOrigins": ["*"], "allowedMethods": ["GET"]} | OPTIONS | http://example.com | PUT | - | 204 | Access-Control-Allow-Origin=*;Access-Control-Allow-Methods=GET | EvaluatePolicy_PreflightRequest_MethodNotAllowed
            {"allowedOrigins": ["*"], "allowedMethods": ["PUT"]} | OPTIONS | http://example.com | PUT | - | 204 | Access-Control-Allow-Origin=*;Access-Control-Allow-Methods=PUT | EvaluatePolicy_PreflightRequest_MethodAllowed_ReturnsAllowMethods
            {"allowedOrigins": ["*", "http://example.com"]} | OpTions | http://example.com | PUT | - | 204 | Access-Control-Allow-Origin=http://example.com;Vary=Origin;Access-Control-Allow-Methods=PUT | EvaluatePolicy_CaseInsensitivePreflightRequest_OriginAllowed_ReturnsOrigin
            {"allowedOrigins": ["http://example.com"], "supportCredentials": true} | OPTIONS | http://example.com | PUT | - | 204 | Access-Control-Allow-Origin=http://example.com;Access-Control-Allow-Credentials=true;Access-Control-Allow-Methods=PUT | EvaluatePolicy_PreflightRequest_SupportsCredentials_AllowCredentialsReturnsTrue, _WithCredentials_ReflectsHeaders
            {"allowedOrigins": ["*"], "maxAge": "00:00:10"} | OPTIONS | http://example.com | PUT | - | 204 | Access-Control-Allow-Origin=*;Access-Control-Allow-Methods=PUT;Access-Control-Max-Age=10 | EvaluatePolicy_PreflightRequest_PreflightMaxAge_PreflightMaxAgeSet
            {"allowedOrigins": ["*"]} | OPTIONS | http://example.com | GET | - | 204 | Access-Control-Allow-Origin=*;Access-Control-Allow-Methods=GET | EvaluatePolicy_PreflightRequest_AnyMethod_ReturnsRequestMethod, _NoPreflightMaxAge
            {"allowedOrigins": ["*"], "allowedMethods": ["PUT", "DELETE"]} | OPTIONS | http://example.com | Put | - | 204 | Access-Control-Allow-Origin=*;Access-Control-Allow-Methods=PUT,DELETE | EvaluatePolicy_CaseInsensitivePreflightRequest_ReturnsAllowedMethods
            {"allowedOrigins": ["*"]} | OPTIONS | http://example.com | PUT | foo,bar | 204 | Access-Control-Allow-Origin=*;Access-Control-Allow-Methods=PUT;Access-Control-Allow-Headers=foo,bar | EvaluatePolicy_PreflightRequest_AllowAllHeaders_ReflectsRequestHeaders
            {"allowedOrigins": ["*"], "allowedHeaders": ["match", "foo"]} | OPTIONS | http://example.com | PUT | match,noMatch | 204 | Access-Control-Allow-Origin=*;Access-Control-Allow-Methods=PUT;Access-Control-Allow-Headers=match,foo | EvaluatePolicy_PreflightRequest_HeadersRequested_NotAllHeaderMatches_ReturnsInvalidResult
            {"allowedOrigins": ["*"], "exposedHeaders": ["foo"]} | OPTIONS | http://example.com | PUT | - | 204 | Access-Control-Allow-Origin=*;Access-Control-Allow-Methods=PUT | ApplyResult_PreflightRequest_ExposesHeadersNotAdded
            {"allowedOrigins": ["http://other.com"]} | OPTIONS | http://example.com | PUT | - | 204 | `` | a preflight from an origin not allowed: 204, no CORS headers (the browser refuses)
            """)
    void tellsTheBrowserWhatAspNetCoreTellsIt(String policy, String method, String origin, String requestMethod,
                                              String requestHeaders, int status, String expected, String test)
            throws Exception {
        Pipeline pipeline = new Pipeline(PipelineFixture.app(hostJson(policy)));
        try {
            RecordingExchange exchange = new RecordingExchange(method, "/api/hello/cors", null);
            if (origin != null) {
                exchange.withHeader("Origin", origin);
            }
            if (requestMethod != null) {
                exchange.withHeader("Access-Control-Request-Method", requestMethod);
            }
            if (requestHeaders != null) {
                exchange.withHeader("Access-Control-Request-Headers", requestHeaders);
            }
            pipeline.handle(exchange);
            exchange.awaitAnswer();
            assertEquals(status, exchange.status(), test);
            Map<String, String> want = new LinkedHashMap<>();
            if (!expected.isEmpty()) {
                for (String pair : expected.split(";")) {
                    want.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
            }
            assertEquals(want, corsHeaders(exchange), test);
        } finally {
            pipeline.close();
        }
    }

    /** A preflight needs no key: it is answered before the key check (a FUNCTION-level function here). */
    @Test
    void aPreflightIsAnsweredWithoutAKeyAndTheActualRequestStillNeedsOne() throws Exception {
        Pipeline pipeline = new Pipeline(PipelineFixture.app(hostJson("{\"allowedOrigins\": [\"http://localhost:8080\"]}")));
        try {
            RecordingExchange preflight = new RecordingExchange("OPTIONS", "/api/keyed", null)
                    .withHeader("Origin", "http://localhost:8080").withHeader("Access-Control-Request-Method", "GET");
            pipeline.handle(preflight);
            assertEquals(204, preflight.awaitAnswer().status());
            assertEquals("http://localhost:8080", preflight.responseHeaders.get("Access-Control-Allow-Origin"));
            RecordingExchange actual = new RecordingExchange("GET", "/api/keyed", null)
                    .withHeader("Origin", "http://localhost:8080");
            pipeline.handle(actual);
            assertEquals(401, actual.awaitAnswer().status());
            assertEquals("http://localhost:8080", actual.responseHeaders.get("Access-Control-Allow-Origin"),
                    "the browser may read the 401");
        } finally {
            pipeline.close();
        }
    }

    /** EvaluatePolicy_Throws_IfPolicyIsIncorrectlyConfigured: "*" with credentials is refused at start. */
    @Test
    void refusesAnyOriginWithCredentialsAtStartUp() {
        HostConfigException e = assertThrows(HostConfigException.class, () -> HostConfig.parse(
                hostJson("{\"allowedOrigins\": [\"*\"], \"supportCredentials\": true}"), "host.json"));
        assertTrue(e.getMessage().startsWith("host.json: 'functions4j.cors': CORS: the origin '*' cannot be allowed"),
                e.getMessage());
        assertThrows(HostConfigException.class,
                () -> new HostConfig.Cors(List.of("*"), List.of("*"), List.of("*"), List.of(), true, null));
    }
}
