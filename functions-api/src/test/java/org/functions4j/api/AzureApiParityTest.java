package org.functions4j.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every type of Azure's Java library that an HTTP function or its unit test can touch exists here
 * with the same members: names, parameter and return types (generics included, Azure's packages
 * mapped to ours), default and static methods, enum constants, and for annotations their attribute
 * defaults, retention and targets. Compared by reflection against {@code azure-functions-java-library}
 * itself, so it cannot drift; a difference fails unless it is on {@link #ADDITIONS}.
 */
class AzureApiParityTest {
    private static final String AZURE = "com.microsoft.azure.functions.";
    private static final String AZURE_ANNOTATIONS = "com.microsoft.azure.functions.annotation.";
    private static final String OURS = "org.functions4j.api.";

    /** What we have beyond Azure's library, on purpose. */
    private static final Set<String> ADDITIONS = Set.of(
            "ExecutionContext: default java.util.Map<java.lang.String, java.lang.String> getRouteValues()",
            // Azure dropped webhooks from HttpTrigger in Functions 2.x; we keep receivers (README, deviations).
            "HttpTrigger: org.functions4j.api.WebHookType webHookType() default NONE");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "ExecutionContext", "HttpMethod", "HttpRequestMessage", "HttpResponseMessage", "HttpResponseMessage$Builder",
            "HttpStatus", "HttpStatusType", "OutputBinding", "RetryContext", "RpcException", "TraceContext",
            "annotation.AuthorizationLevel", "annotation.BindingName", "annotation.FunctionName", "annotation.HttpOutput",
            "annotation.HttpTrigger", "annotation.FixedDelayRetry", "annotation.ExponentialBackoffRetry"})
    void hasEveryMemberOfAzuresType(String name) throws ClassNotFoundException {
        Class<?> azure = Class.forName(AZURE + name);
        Class<?> ours = Class.forName(OURS + name.replace("annotation.", ""));
        assertEquals(kind(azure), kind(ours), "kind");
        assertEquals(azure.getTypeParameters().length, ours.getTypeParameters().length, "type parameters");
        if (azure.isAnnotation()) {
            assertEquals(azure.getAnnotation(Retention.class).value(), ours.getAnnotation(Retention.class).value(),
                    "retention");
            assertEquals(Arrays.toString(azure.getAnnotation(Target.class).value()),
                    Arrays.toString(ours.getAnnotation(Target.class).value()), "targets");
        }
        if (azure.isEnum()) {
            assertEquals(names(azure.getEnumConstants()), names(ours.getEnumConstants()), "enum constants");
        }
        Set<String> expected = members(azure);
        Set<String> actual = members(ours);
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        extra.removeIf(member -> ADDITIONS.contains(ours.getSimpleName() + ": " + member));
        assertTrue(missing.isEmpty(), "missing from ours: " + missing);
        assertTrue(extra.isEmpty(), "not in Azure's library (add to ADDITIONS if on purpose): " + extra);
    }

    private static String kind(Class<?> type) {
        return type.isAnnotation() ? "annotation" : type.isEnum() ? "enum" : type.isInterface() ? "interface" : "class";
    }

    private static List<String> names(Object[] constants) {
        return Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toList();
    }

    /** The public members, as text with Azure's packages written as ours. */
    private static Set<String> members(Class<?> type) {
        Set<String> members = new TreeSet<>();
        for (Method method : type.getDeclaredMethods()) {
            if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                continue;
            }
            StringBuilder member = new StringBuilder();
            if (Modifier.isStatic(method.getModifiers())) {
                member.append("static ");
            }
            if (method.isDefault()) {
                member.append("default ");
            }
            member.append(mapped(method.getGenericReturnType().getTypeName())).append(' ').append(method.getName())
                    .append('(');
            member.append(String.join(", ", Arrays.stream(method.getGenericParameterTypes())
                    .map(t -> mapped(t.getTypeName())).toList()));
            member.append(')');
            if (method.getDefaultValue() != null) {
                member.append(" default ").append(defaultText(method.getDefaultValue()));
            }
            members.add(member.toString());
        }
        return members;
    }

    private static String defaultText(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.toString(Arrays.stream(array).map(AzureApiParityTest::defaultText).toArray());
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Annotation) {
            return mapped(value.toString());
        }
        return String.valueOf(value);
    }

    private static String mapped(String typeName) {
        return typeName.replace(AZURE_ANNOTATIONS, OURS).replace(AZURE, OURS);
    }
}
