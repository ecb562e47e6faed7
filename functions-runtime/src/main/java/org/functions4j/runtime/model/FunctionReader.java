package org.functions4j.runtime.model;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.WebHookType;

/**
 * Reads the {@code @FunctionName} methods of a class into {@link FunctionDefinition}s, reporting
 * every problem it finds instead of stopping at the first.
 */
final class FunctionReader {
    private static final Logger LOG = Logger.getLogger(FunctionReader.class.getName());
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9_\\-]{0,127}");

    private FunctionReader() {
    }

    /**
     * Reads the functions declared by {@code type}.
     *
     * @param type a class with {@code @FunctionName} methods
     * @param problems where problems are added
     * @return the definitions that are valid on their own (app-wide checks come later)
     */
    public static List<FunctionDefinition> read(Class<?> type, List<DefinitionProblem> problems) {
        return read(type, problems, problems);
    }

    /**
     * Reads the functions declared by {@code type}, setting apart those that use bindings this host
     * does not serve.
     *
     * @param type a class with {@code @FunctionName} methods
     * @param problems where problems are added
     * @param unsupported where functions using another kind of binding (a queue, a blob...) are added
     * @return the definitions that are valid on their own (app-wide checks come later)
     */
    public static List<FunctionDefinition> read(Class<?> type, List<DefinitionProblem> problems,
                                                List<DefinitionProblem> unsupported) {
        List<Method> methods = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (Annotations.has(method, "FunctionName") && !method.isBridge() && !method.isSynthetic()) {
                methods.add(method);
            }
        }
        methods.sort(Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
        List<FunctionDefinition> definitions = new ArrayList<>();
        for (Method method : methods) {
            String other = Annotations.otherBinding(method);
            if (other != null) {
                unsupported.add(new DefinitionProblem(location(method, functionName(method)),
                        "uses @" + other + ", a binding this host does not serve", "only HTTP functions run here;"
                        + " set functions4j.skipUnsupportedFunctions in host.json to skip this one and serve the rest"));
                continue;
            }
            FunctionDefinition definition = read(method, problems);
            if (definition != null) {
                definitions.add(definition);
            }
        }
        return definitions;
    }

    private static FunctionDefinition read(Method method, List<DefinitionProblem> problems) {
        String name = functionName(method);
        String location = location(method, name);
        int before = problems.size();
        if (!NAME.matcher(name).matches()) {
            problems.add(new DefinitionProblem(location, "invalid function name '" + name + "'",
                    "a name starts with a letter and has at most 128 letters, digits, '_' or '-'"));
        } else if (name.equalsIgnoreCase("host")) {
            problems.add(new DefinitionProblem(location, "the function name 'host' is reserved", "choose another name"));
        }
        if (!Modifier.isPublic(method.getModifiers()) || !Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            problems.add(new DefinitionProblem(location, "the method or its class is not public",
                    "make both the class and the method public"));
        }
        if (!Modifier.isStatic(method.getModifiers()) && !hasPublicNoArgConstructor(method.getDeclaringClass())) {
            problems.add(new DefinitionProblem(location, "an instance method needs a public no-argument constructor",
                    "add one, or make the method static"));
        }
        Parameter[] parameters = method.getParameters();
        List<Integer> triggers = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            if (Annotations.has(parameters[i], "HttpTrigger")) {
                triggers.add(i);
            }
        }
        if (triggers.size() != 1) {
            problems.add(new DefinitionProblem(location,
                    triggers.isEmpty() ? "no parameter has @HttpTrigger" : "more than one parameter has @HttpTrigger",
                    "annotate exactly one parameter (the request) with @HttpTrigger"));
            return null;
        }
        TriggerSpec trigger = trigger(Annotations.find(parameters[triggers.get(0)], "HttpTrigger"));
        if (trigger.webHookType() != WebHookType.NONE && !trigger.methods().isEmpty()) {
            problems.add(new DefinitionProblem(location, "methods is set together with webHookType",
                    "remove methods: a webhook receiver decides which methods it accepts"));
        }
        List<ParameterSpec> specs = new ArrayList<>();
        int outputs = 0;
        for (int i = 0; i < parameters.length; i++) {
            try {
                ParameterSpec spec = ParameterClassifier.classify(i, parameters[i]);
                outputs += spec.kind() == ParameterSpec.Kind.OUTPUT ? 1 : 0;
                specs.add(spec);
            } catch (ParameterClassifier.Unbindable e) {
                problems.add(new DefinitionProblem(location, e.getMessage(), e.hint));
            }
        }
        if (outputs > 1 || outputs == 1 && method.getReturnType() != void.class) {
            problems.add(new DefinitionProblem(location, "a function has one HTTP output: either the return value "
                    + "or one @HttpOutput OutputBinding parameter", "keep one of them"));
        }
        if (problems.size() > before) {
            return null;
        }
        warnAboutRetries(method, location);
        return new FunctionDefinition(name, method, trigger, List.copyOf(specs), outputName(method, specs));
    }

    private static String functionName(Method method) {
        return Annotations.string(Annotations.find(method, "FunctionName"), "value", "");
    }

    /** {@code class.method (function 'name')}, as every problem names its function. */
    private static String location(Method method, String name) {
        return method.getDeclaringClass().getName() + "." + method.getName() + " (function '" + name + "')";
    }

    /** A retry policy compiles (Azure code carries them) but does nothing: HTTP triggers are never retried, on Azure neither. */
    private static void warnAboutRetries(Method method, String location) {
        if (Annotations.has(method, "FixedDelayRetry") || Annotations.has(method, "ExponentialBackoffRetry")) {
            LOG.warning(() -> location + ": its retry policy is ignored; HTTP-triggered functions are not retried"
                    + " (on Azure neither)");
        }
    }

    /** The trigger, read from our {@code @HttpTrigger} or Azure's (which has no {@code webHookType}). */
    private static TriggerSpec trigger(Annotation annotation) {
        Set<HttpMethod> methods = EnumSet.noneOf(HttpMethod.class);
        Annotations.enumNames(annotation, "methods").forEach(m -> methods.add(HttpMethod.valueOf(m)));
        return new TriggerSpec(Annotations.string(annotation, "name", ""), Annotations.string(annotation, "route", ""),
                Set.copyOf(methods),
                AuthorizationLevel.valueOf(Annotations.enumName(annotation, "authLevel", "FUNCTION")),
                WebHookType.valueOf(Annotations.enumName(annotation, "webHookType", "NONE")),
                Annotations.string(annotation, "dataType", ""));
    }

    private static String outputName(Method method, List<ParameterSpec> specs) {
        for (ParameterSpec spec : specs) {
            if (spec.kind() == ParameterSpec.Kind.OUTPUT) {
                return spec.name();
            }
        }
        Annotation output = Annotations.find(method, "HttpOutput");
        return output != null ? Annotations.string(output, "name", "$return") : "$return";
    }

    private static boolean hasPublicNoArgConstructor(Class<?> type) {
        try {
            return Modifier.isPublic(type.getConstructor().getModifiers())
                    && !Modifier.isAbstract(type.getModifiers())
                    && (type.getEnclosingClass() == null || Modifier.isStatic(type.getModifiers()));
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
