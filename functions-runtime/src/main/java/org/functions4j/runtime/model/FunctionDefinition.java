package org.functions4j.runtime.model;

import java.lang.reflect.Method;
import java.util.List;

/**
 * One function: its name, the Java method that implements it, its trigger and how each
 * parameter is filled. Built from annotations by {@link FunctionReader}; immutable.
 *
 * @param name the function name
 * @param method the Java method
 * @param trigger the HTTP trigger
 * @param parameters how each parameter is filled, in order
 * @param outputName the HTTP output binding's name: {@code $return} or the {@code @HttpOutput} name
 */
public record FunctionDefinition(String name, Method method, TriggerSpec trigger, List<ParameterSpec> parameters,
                                 String outputName) {

    /** {@code class.method}, as in {@code function.json}'s {@code entryPoint}. */
    public String entryPoint() {
        return method.getDeclaringClass().getName() + "." + method.getName();
    }

    /** The route template as the function declares it: its route, or its name when it has none. */
    public String routeTemplate() {
        return trigger.route().isEmpty() ? name : trigger.route();
    }

    /** Names the function and its method, for messages. */
    public String describe() {
        return "function '" + name + "' (" + entryPoint() + ")";
    }
}
