package org.functions4j.invoke;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code $(name)} as pipeline agents do: from the variables given, else from the
 * environment, where {@code system.TeamProjectId} is {@code SYSTEM_TEAMPROJECTID}. A macro with no
 * value is left as written, as the agent leaves it.
 */
final class Macros {
    private static final Pattern MACRO = Pattern.compile("\\$\\(([A-Za-z0-9_.\\-]+)\\)");

    private final Map<String, String> variables;
    private final Map<String, String> environment;

    Macros(Map<String, String> variables, Map<String, String> environment) {
        this.variables = variables;
        this.environment = environment;
    }

    String expand(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = MACRO.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = value(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        return m.appendTail(out).toString();
    }

    private String value(String name) {
        for (Map.Entry<String, String> variable : variables.entrySet()) {
            if (variable.getKey().equalsIgnoreCase(name)) {
                return variable.getValue();
            }
        }
        return environment.get(name.replace('.', '_').toUpperCase(Locale.ROOT));
    }
}
