package org.functions4j.runtime.invoke;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.List;
import org.functions4j.runtime.cdi.InstanceProvider;
import org.functions4j.runtime.model.FunctionDefinition;
import org.functions4j.runtime.model.ParameterSpec;

/**
 * Calls one function: its binders fill the arguments, a {@link MethodHandle} made once calls the
 * method. Thread-safe.
 */
public final class Invoker {
    private final MethodHandle handle;
    private final ParameterBinder[] binders;
    private final boolean readsBody;
    private final boolean usesOutputBinding;
    /** The instance a lazily resolving provider makes at the first call, or null. */
    private final LazyInstance lazyInstance;

    private Invoker(MethodHandle handle, ParameterBinder[] binders, boolean usesOutputBinding, LazyInstance lazyInstance) {
        this.handle = handle;
        this.lazyInstance = lazyInstance;
        this.binders = binders;
        this.usesOutputBinding = usesOutputBinding;
        boolean body = false;
        for (ParameterBinder binder : binders) {
            body |= binder.readsBody();
        }
        this.readsBody = body;
    }

    /**
     * Prepares a function for calls.
     *
     * @param function the function
     * @param instances supplies the instance for instance methods
     * @param json the mapper JSON bodies are read with
     * @return the invoker
     * @throws IllegalAccessException when the method is not public
     */
    public static Invoker create(FunctionDefinition function, InstanceProvider instances, ObjectMapper json)
            throws IllegalAccessException {
        MethodHandle handle = MethodHandles.publicLookup().unreflect(function.method());
        Class<?> type = function.method().getDeclaringClass();
        boolean isStatic = Modifier.isStatic(function.method().getModifiers());
        if (!isStatic && !instances.resolvesLazily()) {
            handle = handle.bindTo(instances.instanceOf(type)); // made now: a failing constructor stops start-up
        }
        List<ParameterSpec> specs = function.parameters();
        handle = handle.asSpreader(Object[].class, specs.size());
        LazyInstance lazy = null;
        if (!isStatic && instances.resolvesLazily()) {
            // Resolved at the first call, or by prepareInstance: the container may start after the
            // functions are registered (a web app's), or beside the host (Weld SE in the background).
            lazy = new LazyInstance(type, instances);
            handle = MethodHandles.foldArguments(handle, lazy.getter());
        }
        handle = handle.asType(MethodType.methodType(Object.class, Object[].class));
        ParameterBinder[] binders = new ParameterBinder[specs.size()];
        boolean output = false;
        for (int i = 0; i < binders.length; i++) {
            binders[i] = ParameterBinder.of(specs.get(i), json, function.method().getParameterTypes()[i]);
            output |= specs.get(i).kind() == ParameterSpec.Kind.OUTPUT;
        }
        return new Invoker(handle, binders, output, lazy);
    }

    /**
     * Makes the instance now when the provider resolves lazily (nothing for static methods or eager providers).
     *
     * @throws org.functions4j.runtime.cdi.InstanceCreationException when it cannot be made
     */
    public void prepareInstance() {
        if (lazyInstance != null) {
            lazyInstance.get();
        }
    }

    /** Whether the function reads the request body, so the body must be read before the call. */
    public boolean readsBody() {
        return readsBody;
    }

    /**
     * Binds the arguments and calls the function.
     *
     * @param invocation the invocation
     * @return what the function returned (possibly a {@code CompletionStage}), or its output binding's value
     * @throws BindingException when the request cannot be converted to the arguments (answer 400)
     * @throws FunctionFailedException when the function threw
     */
    public Object invoke(Invocation invocation) throws FunctionFailedException {
        Object[] arguments = new Object[binders.length];
        for (int i = 0; i < binders.length; i++) {
            arguments[i] = binders[i].bind(invocation);
        }
        Object result;
        try {
            result = (Object) handle.invokeExact(arguments);
        } catch (VirtualMachineError e) {
            if (e instanceof StackOverflowError) {
                throw new FunctionFailedException(e);
            }
            throw e;
        } catch (Throwable e) {
            throw new FunctionFailedException(e);
        }
        return usesOutputBinding ? invocation.output().getValue() : result;
    }
}
