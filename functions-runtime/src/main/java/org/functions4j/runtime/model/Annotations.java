package org.functions4j.runtime.model;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the function annotations from either package: ours ({@code org.functions4j.api}) or Azure's
 * ({@code com.microsoft.azure.functions.annotation}, same names and attributes), so an app compiled
 * against Azure's library loads unchanged. Azure's annotations are found by name and read by
 * reflection: Azure's library is never a dependency of the runtime.
 */
public final class Annotations {
    /** Azure's annotation package, with the trailing dot. */
    public static final String AZURE_ANNOTATIONS = "com.microsoft.azure.functions.annotation.";
    /** Azure's type package, with the trailing dot. */
    public static final String AZURE_TYPES = "com.microsoft.azure.functions.";
    private static final String OURS = "org.functions4j.api.";

    private Annotations() {
    }

    /** The fully qualified names an annotation of this simple name has in either package. */
    public static List<String> names(String simpleName) {
        return List.of(OURS + simpleName, AZURE_ANNOTATIONS + simpleName);
    }

    /** The annotation of that simple name, ours or Azure's, on the element; null when there is none. */
    static Annotation find(AnnotatedElement element, String simpleName) {
        for (Annotation annotation : element.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.equals(OURS + simpleName) || name.equals(AZURE_ANNOTATIONS + simpleName)) {
                return annotation;
            }
        }
        return null;
    }

    /** Whether the element carries an annotation of that name from Azure's or our package. */
    static boolean has(AnnotatedElement element, String simpleName) {
        return find(element, simpleName) != null;
    }

    /** A string attribute; {@code fallback} when the annotation has no such attribute (ours has more than Azure's). */
    static String string(Annotation annotation, String attribute, String fallback) {
        Object value = attribute(annotation, attribute);
        return value == null ? fallback : (String) value;
    }

    /** An int attribute; {@code fallback} when there is no such attribute. */
    static int integer(Annotation annotation, String attribute, int fallback) {
        Object value = attribute(annotation, attribute);
        return value == null ? fallback : (Integer) value;
    }

    /** An enum attribute's constant name; {@code fallback} when there is no such attribute. */
    static String enumName(Annotation annotation, String attribute, String fallback) {
        Object value = attribute(annotation, attribute);
        return value == null ? fallback : ((Enum<?>) value).name();
    }

    /** An enum-array attribute's constant names. */
    static List<String> enumNames(Annotation annotation, String attribute) {
        Object value = attribute(annotation, attribute);
        List<String> names = new ArrayList<>();
        if (value instanceof Object[] array) {
            for (Object constant : array) {
                names.add(((Enum<?>) constant).name());
            }
        }
        return names;
    }

    private static Object attribute(Annotation annotation, String attribute) {
        try {
            return annotation.annotationType().getMethod(attribute).invoke(annotation);
        } catch (NoSuchMethodException e) {
            return null;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + annotation.annotationType().getName() + "." + attribute, e);
        }
    }

    /** Azure's annotations that are not bindings of another kind: everything else in its package is. */
    private static final Set<String> HTTP_OR_NEUTRAL = Set.of("FunctionName", "HttpTrigger",
            "HttpOutput", "BindingName", "FixedDelayRetry", "ExponentialBackoffRetry", "StorageAccount",
            "HasImplicitOutput");

    /**
     * The first binding of another kind than HTTP on the method or its parameters (Azure's
     * {@code @QueueTrigger}, {@code @BlobOutput}...), as its simple name; null when there is none.
     */
    static String otherBinding(Method method) {
        List<Annotation> annotations = new ArrayList<>(List.of(method.getAnnotations()));
        for (Parameter parameter : method.getParameters()) {
            annotations.addAll(List.of(parameter.getAnnotations()));
        }
        for (Annotation annotation : annotations) {
            String name = annotation.annotationType().getName();
            if (name.startsWith(AZURE_ANNOTATIONS)
                    && !HTTP_OR_NEUTRAL.contains(name.substring(AZURE_ANNOTATIONS.length()))) {
                return annotation.annotationType().getSimpleName();
            }
        }
        return null;
    }

    /** Whether a parameter or return type is Azure's type of that simple name (e.g. HttpRequestMessage). */
    static boolean isAzureType(Class<?> type, String simpleName) {
        return type.getName().equals(AZURE_TYPES + simpleName);
    }
}
