package org.functions4j.runtime.cdi;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.inject.spi.CDI;
import org.junit.jupiter.api.Test;

class CdiInstanceProviderTest {
    public static class Plain {
    }

    /** Found by serving Azure's sample as a WAR with Weld on the class path but no container started. */
    @Test
    void aCdiImplementationWhoseContainerNeverStartedMeansConstructors() {
        assertThrows(IllegalStateException.class, CDI::current, "precondition: no container is running");
        assertInstanceOf(Plain.class, new CdiInstanceProvider().instanceOf(Plain.class));
    }
}
