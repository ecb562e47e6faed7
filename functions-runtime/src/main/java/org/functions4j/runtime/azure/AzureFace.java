package org.functions4j.runtime.azure;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.functions4j.api.ExecutionContext;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpStatusType;
import org.functions4j.api.OutputBinding;
import org.functions4j.api.TraceContext;

/**
 * Azure's face of the runtime's objects, for an app compiled against Azure's library
 * ({@code com.microsoft.azure.functions}): the request, context, response builder, response and
 * output binding it receives are dynamic proxies implementing Azure's interfaces (loaded from the
 * app's own class loader) over the runtime's objects, so there is one behaviour with two faces and
 * Azure's library is never a dependency of the runtime. Used only when a function declares Azure's
 * types.
 */
public final class AzureFace {
    private static final String TYPES = "com.microsoft.azure.functions.";

    private AzureFace() {
    }

    /** Azure's {@code HttpRequestMessage} over ours. */
    public static Object request(Class<?> azureType, HttpRequestMessage<?> ours) {
        ClassLoader loader = azureType.getClassLoader();
        return proxy(azureType, (proxy, method, args) -> switch (method.getName()) {
            case "getHttpMethod" -> ours.getHttpMethod() == null ? null
                    : enumConstant(loader, "HttpMethod", ours.getHttpMethod().name());
            case "createResponseBuilder" -> builder(loader, ours.createResponseBuilder(status(args[0])));
            default -> invoke(ours, method, args);
        });
    }

    /** Azure's {@code ExecutionContext} over ours. */
    public static Object context(Class<?> azureType, ExecutionContext ours) {
        ClassLoader loader = azureType.getClassLoader();
        return proxy(azureType, (proxy, method, args) -> switch (method.getName()) {
            case "getTraceContext" -> ours.getTraceContext() == null ? null
                    : proxy(load(loader, "TraceContext"), (p, m, a) -> invoke(ours.getTraceContext(), m, a));
            case "getRetryContext" -> null;
            default -> invoke(ours, method, args);
        });
    }

    /** Azure's {@code OutputBinding} over ours: what the function sets is what the response is made from. */
    public static Object output(Class<?> azureType, OutputBinding<Object> ours) {
        return proxy(azureType, (proxy, method, args) -> invoke(ours, method, args));
    }

    /**
     * A response the app returned through Azure's face: a response built with Azure's builder
     * (unwrapped to ours), or an object of the app's own that implements Azure's
     * {@code HttpResponseMessage} (a test double, read through that interface). Null for anything else.
     *
     * @param result what the function returned
     * @return the response's parts, or null
     */
    public static Response response(Object result) {
        if (Proxy.isProxyClass(result.getClass()) && Proxy.getInvocationHandler(result) instanceof Face face
                && face.handler instanceof ResponseHandler h) {
            return new Response(h.ours, h.ours.getStatusCode(), h.ours.getBody(), null);
        }
        Class<?> azureResponse = AZURE_RESPONSE.get(result.getClass()).orElse(null);
        if (azureResponse == null) {
            return null;
        }
        try {
            int code = (int) azureResponse.getMethod("getStatusCode").invoke(result);
            Object body = azureResponse.getMethod("getBody").invoke(result);
            Object contentType = azureResponse.getMethod("getHeader", String.class).invoke(result, "Content-Type");
            return new Response(null, code, body, (String) contentType);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the function's " + azureResponse.getName(), e);
        }
    }

    /**
     * A response seen through Azure's face.
     *
     * @param ours the runtime's own response when it was built through our builder, else null
     * @param status the status code
     * @param body the body
     * @param contentType the {@code Content-Type} header of an app's own response, or null
     */
    public record Response(HttpResponseMessage ours, int status, Object body, String contentType) {
    }

    private static Object builder(ClassLoader loader, HttpResponseMessage.Builder ours) {
        Class<?> type = load(loader, "HttpResponseMessage$Builder");
        return proxy(type, new InvocationHandler() {
            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                switch (method.getName()) {
                    case "status" -> ours.status(status(args[0]));
                    case "header" -> ours.header((String) args[0], (String) args[1]);
                    case "body" -> ours.body(args[0]);
                    case "build" -> {
                        return proxy(load(loader, "HttpResponseMessage"), new ResponseHandler(loader, ours.build()));
                    }
                    default -> {
                        return AzureFace.invoke(ours, method, args);
                    }
                }
                return proxy;
            }
        });
    }

    /** Azure's {@code HttpResponseMessage} over ours; remembered so the runtime can unwrap it. */
    private static final class ResponseHandler implements InvocationHandler {
        private final ClassLoader loader;
        private final HttpResponseMessage ours;

        ResponseHandler(ClassLoader loader, HttpResponseMessage ours) {
            this.loader = loader;
            this.ours = ours;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            return switch (method.getName()) {
                case "getStatus" -> azureStatus(loader, ours.getStatusCode());
                case "getStatusCode" -> ours.getStatusCode();
                case "getHeader" -> ours.getHeader((String) args[0]);
                case "getBody" -> ours.getBody();
                default -> AzureFace.invoke(ours, method, args);
            };
        }
    }

    /** Our status for Azure's {@code HttpStatus} or {@code HttpStatusType} (both have {@code value()}). */
    private static HttpStatusType status(Object azureStatus) throws ReflectiveOperationException {
        // Through the public interface: custom(int) returns an instance of a class that is not public.
        Class<?> statusType = Class.forName(TYPES + "HttpStatusType", false, azureStatus.getClass().getClassLoader());
        int code = (int) statusType.getMethod("value").invoke(azureStatus);
        for (HttpStatus status : HttpStatus.values()) {
            if (status.value() == code) {
                return status;
            }
        }
        return HttpStatusType.custom(code);
    }

    /** Azure's {@code HttpStatus} constant for a standard code, else its {@code HttpStatusType.custom(code)}. */
    private static Object azureStatus(ClassLoader loader, int code) throws ReflectiveOperationException {
        try {
            return load(loader, "HttpStatus").getMethod("valueOf", int.class).invoke(null, code);
        } catch (InvocationTargetException notStandard) {
            return load(loader, "HttpStatusType").getMethod("custom", int.class).invoke(null, code);
        }
    }

    private static Object proxy(Class<?> type, InvocationHandler handler) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Face(type, handler));
    }

    /** One of Azure's interfaces over a handler; answers Object's methods itself. */
    private record Face(Class<?> type, InvocationHandler handler) implements InvocationHandler {
        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> type.getSimpleName() + " (Functions4J)";
                };
            }
            return handler.invoke(proxy, method, args);
        }
    }

    /** Calls the method of the same name and parameter count on our object, found once per method. */
    private static Object invoke(Object ours, Method method, Object[] args) throws Throwable {
        Map<Method, Method> known = OUR_METHODS.get(method.getDeclaringClass());
        Method target = known.get(method);
        if (target == null || !target.getDeclaringClass().isInstance(ours)) {
            target = ourMethod(ours.getClass(), method);
            known.put(method, target);
        }
        try {
            return target.invoke(ours, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * Per Azure interface, its methods mapped to ours, filled as they are first called. Held by the
     * Azure class itself, so an app's class loader is never kept alive by the runtime.
     */
    private static final ClassValue<Map<Method, Method>> OUR_METHODS = new ClassValue<>() {
        @Override
        protected Map<Method, Method> computeValue(Class<?> azureType) {
            return new ConcurrentHashMap<>();
        }
    };

    private static Method ourMethod(Class<?> type, Method azure) {
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(azure.getName()) && candidate.getParameterCount() == azure.getParameterCount()) {
                candidate.setAccessible(true); // public methods of classes that need not be public
                return candidate;
            }
        }
        throw new UnsupportedOperationException(azure.getName() + " is not supported here");
    }

    private static Object enumConstant(ClassLoader loader, String type, String name) {
        for (Object constant : load(loader, type).getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static Class<?> load(ClassLoader loader, String simpleName) {
        try {
            return Class.forName(TYPES + simpleName, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Azure's library is not on the app's class path: " + e.getMessage(), e);
        }
    }

    /** Azure's response interface a result class implements, looked up once per class: every object result asks. */
    private static final ClassValue<Optional<Class<?>>> AZURE_RESPONSE = new ClassValue<>() {
        @Override
        protected Optional<Class<?>> computeValue(Class<?> type) {
            return Optional.ofNullable(azureInterface(type, "HttpResponseMessage"));
        }
    };

    private static Class<?> azureInterface(Class<?> type, String simpleName) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(TYPES + simpleName)) {
                    return i;
                }
            }
        }
        return null;
    }
}
