package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.test.FunctionsClient;
import org.functions4j.test.FunctionsTest;
import org.functions4j.test.RequestMessages;
import org.functions4j.test.TestContext;
import org.junit.jupiter.api.Test;

/** The app served in memory as the server serves it, with keys; and the function called directly. */
@FunctionsTest
class FunctionTest {
    @Test
    void greetsTheNameInTheQuery(FunctionsClient client) {
        client.get("/api/Hello?name=Ann").asFunction("Hello").send().assertStatus(200).assertText("Hello, Ann");
    }

    @Test
    void greetsTheNameInTheBody(FunctionsClient client) {
        client.post("/api/Hello").asFunction("Hello").body("Bo").send().assertStatus(200).assertText("Hello, Bo");
    }

    @Test
    void asksForANameWhenThereIsNone(FunctionsClient client) {
        client.get("/api/Hello").asFunction("Hello").send().assertStatus(400);
    }

    @Test
    void needsTheFunctionsKey(FunctionsClient client) {
        client.get("/api/Hello?name=Ann").send().assertStatus(401);
    }

    @Test
    void canBeCalledDirectly() {
        HttpRequestMessage<Optional<String>> request = RequestMessages.request(HttpMethod.GET, "/api/Hello?name=Cy")
                .buildWithoutBody();
        TestContext context = TestContext.of("Hello");

        HttpResponseMessage response = new Function().run(request, context);

        assertEquals(HttpStatus.OK, response.getStatus());
        assertEquals("Hello, Cy", response.getBody());
        assertEquals(List.of("Hello was called"), context.logLines());
    }
}
