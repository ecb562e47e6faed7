package org.functions4j.runtime.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.HttpMethod;
import org.functions4j.runtime.model.fixtures.Invalid;
import org.functions4j.runtime.model.fixtures.Valid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionCatalogTest {

    @Test
    void readsEverySupportedParameterForm() {
        FunctionCatalog catalog = FunctionCatalog.of(List.of(Valid.class), "api");
        assertEquals(List.of("Bodies", "Lists", "Output", "RawRequest", "Request"),
                catalog.functions().stream().map(FunctionDefinition::name).toList());
        FunctionDefinition bodies = catalog.functions().get(0);
        assertEquals(Set.of(HttpMethod.POST), bodies.trigger().methods());
        assertEquals(AuthorizationLevel.ANONYMOUS, bodies.trigger().authLevel());
        assertEquals(List.of(ParameterSpec.Kind.BODY, ParameterSpec.Kind.BINDING, ParameterSpec.Kind.BINDING,
                        ParameterSpec.Kind.BINDING, ParameterSpec.Kind.BINDING, ParameterSpec.Kind.BINDING,
                        ParameterSpec.Kind.BINDING, ParameterSpec.Kind.CONTEXT),
                bodies.parameters().stream().map(ParameterSpec::kind).toList());
        assertEquals(BodyType.Form.JSON, bodies.parameters().get(0).body().form());
        assertTrue(bodies.parameters().get(1).primitive());
        assertTrue(bodies.parameters().get(3).optional());
        assertEquals(ValueType.UUID, bodies.parameters().get(3).value());
        FunctionDefinition request = catalog.functions().get(4);
        assertEquals(AuthorizationLevel.FUNCTION, request.trigger().authLevel(), "FUNCTION is the default level");
        assertEquals(Set.of(), request.trigger().methods(), "no methods means all");
        assertEquals("Request", request.routeTemplate(), "the default route is the function name");
        assertEquals("$return", request.outputName());
        assertEquals("res", catalog.functions().get(2).outputName());
        assertEquals(Valid.class.getName() + ".request", request.entryPoint());
    }

    /** fixture class | fragment of the problem (class and method are always named) */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            BadName              | invalid function name '1bad'
            HostName             | the function name 'host' is reserved
            DuplicateName        | already used by function 'Request'
            NoTrigger            | no parameter has @HttpTrigger
            TwoTriggers          | more than one parameter has @HttpTrigger
            AdminRoute           | the route 'admin/things' is reserved
            RuntimeRoute         | the route 'Runtime/x' is reserved
            BadTemplate          | invalid route template 'a/{id:int'
            UnknownConstraint    | unknown constraint 'integer'
            UnboundParameter     | parameter 'other' (java.lang.String) cannot be bound
            UnconvertibleBinding | has a type route and query values cannot be converted to
            PrimitiveBody        | which a request body cannot be bound to
            OptionalOfOptional   | which a request body cannot be bound to
            OutputNotBinding     | has @HttpOutput but is not an OutputBinding
            OutputAndReturn      | a function has one HTTP output
            WebhookWithMethods   | methods is set together with webHookType
            NoConstructor        | needs a public no-argument constructor
            NotPublic            | is not public
            """)
    void refusesInvalidDefinitionsNamingClassAndMethod(String fixture, String problem) throws Exception {
        Class<?> type = Class.forName(Invalid.class.getName() + "$" + fixture);
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> FunctionCatalog.of(List.of(Valid.class, type), "api"));
        assertTrue(e.getMessage().contains(problem), () -> "message was: " + e.getMessage());
        assertTrue(e.getMessage().contains(type.getName() + ".run"), () -> "names class and method: " + e.getMessage());
        assertTrue(e.problems().stream().allMatch(p -> !p.hint().isEmpty()), "every problem has a hint");
    }

    @Test
    void aRouteConflictNamesBothFunctions() {
        DefinitionException e = assertThrows(DefinitionException.class,
                () -> FunctionCatalog.of(List.of(Invalid.ConflictA.class, Invalid.ConflictB.class), "api"));
        assertEquals(1, e.problems().size(), e::getMessage);
        String message = e.getMessage();
        assertTrue(message.contains("function 'ConflictA' (" + Invalid.ConflictA.class.getName() + ".run)"), message);
        assertTrue(message.contains("function 'ConflictB' (" + Invalid.ConflictB.class.getName() + ".run)"), message);
        assertTrue(message.contains("/api/things/x"), message);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        DefinitionException e = assertThrows(DefinitionException.class, () -> FunctionCatalog.of(
                List.of(Invalid.BadName.class, Invalid.NoTrigger.class, Invalid.UnboundParameter.class), "api"));
        assertEquals(3, e.problems().size(), e::getMessage);
    }

    @ParameterizedTest(name = "prefix ''{0}''")
    @CsvSource(delimiter = '|', textBlock = """
            {x}
            admin
            a//b
            """)
    void refusesAnInvalidRoutePrefix(String prefix) {
        DefinitionException e = assertThrows(DefinitionException.class, () -> FunctionCatalog.of(List.of(Valid.class), prefix));
        assertTrue(e.getMessage().contains("routePrefix"), e::getMessage);
    }

    @Test
    void anEmptyPrefixIsAllowed() {
        FunctionCatalog catalog = FunctionCatalog.of(List.of(Valid.class), "");
        assertTrue(catalog.routes().match("GET", "/Request").isFound());
    }
}
