package org.functions4j.runtime.invoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpTrigger;
import org.functions4j.runtime.cdi.ConstructorInstanceProvider;
import org.functions4j.runtime.cdi.InstanceCreationException;
import org.functions4j.runtime.cdi.InstanceProvider;
import org.functions4j.runtime.model.FunctionCatalog;
import org.functions4j.runtime.model.FunctionDefinition;
import org.junit.jupiter.api.Test;

class InvokerTest {
    /** An instance function whose instance counts how often it is asked for. */
    public static class Counter {
        static final AtomicInteger CREATED = new AtomicInteger();
        private final int id = CREATED.incrementAndGet();

        @FunctionName("Counter")
        public String count(@HttpTrigger(name = "req") String body) {
            return "instance " + id;
        }
    }

    /** A class whose constructor fails. */
    public static class Broken {
        public Broken() {
            throw new IllegalStateException("no database");
        }

        @FunctionName("Broken")
        public String run(@HttpTrigger(name = "req") String body) {
            return "";
        }
    }

    private static FunctionDefinition function(Class<?> type) {
        return FunctionCatalog.of(List.of(type), "api").functions().get(0);
    }

    private static Invocation invocation(FunctionDefinition function) {
        return new Invocation(function, new FakeRequest(Map.of()), Map.of());
    }

    @Test
    void aLazyProviderIsAskedOnceAtTheFirstCall() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        InstanceProvider lazy = new InstanceProvider() {
            @Override
            public Object instanceOf(Class<?> type) {
                asked.incrementAndGet();
                return new Counter();
            }

            @Override
            public boolean resolvesLazily() {
                return true;
            }
        };
        FunctionDefinition counter = function(Counter.class);
        Invoker invoker = Invoker.create(counter, lazy, new ObjectMapper());
        assertEquals(0, asked.get(), "nothing is resolved before the first call");
        Object first = invoker.invoke(invocation(counter));
        Object second = invoker.invoke(invocation(counter));
        assertEquals(first, second);
        assertEquals(1, asked.get());
    }

    @Test
    void anEagerProviderFailsAtStartUpNamingTheClass() {
        InstanceCreationException e = assertThrows(InstanceCreationException.class,
                () -> Invoker.create(function(Broken.class), new ConstructorInstanceProvider(), new ObjectMapper()));
        assertTrue(e.getMessage().contains(Broken.class.getName()), e::getMessage);
    }
}
