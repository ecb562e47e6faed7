package org.functions4j.runtime.cdi;

import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Functions of classes that are CDI beans come from the CDI container (with their injections,
 * scopes and {@code @PostConstruct}); other classes from their constructor. Resolved at the first
 * call, because in a web app the container (Weld servlet) may start after the functions are
 * registered. A CDI implementation on the class path whose container never started (Weld SE in
 * the test class path, Weld servlet without beans.xml) means no beans: constructors.
 */
final class CdiInstanceProvider implements InstanceProvider {
    private final ConstructorInstanceProvider plain = new ConstructorInstanceProvider();

    @Override
    public Object instanceOf(Class<?> type) {
        CDI<Object> cdi;
        try {
            cdi = CDI.current();
        } catch (IllegalStateException noContainer) {
            return plain.instanceOf(type);
        }
        BeanManager beans = cdi.getBeanManager();
        if (beans.getBeans(type).isEmpty()) {
            return plain.instanceOf(type);
        }
        return cdi.select(type).get();
    }

    @Override
    public boolean resolvesLazily() {
        return true;
    }
}
