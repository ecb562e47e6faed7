package org.functions4j.runtime.route;

import java.util.List;

/**
 * A parsed route template such as {@code products/{category:alpha}/{id:int?}}. Immutable.
 *
 * @param text the template as written
 * @param segments its segments, in order
 */
public record RouteTemplate(String text, List<RouteSegment> segments) {

    /**
     * Parses a template.
     *
     * @param text the template, without the route prefix
     * @return the parsed template
     * @throws RouteTemplateException naming what is wrong with it
     */
    public static RouteTemplate parse(String text) {
        return new RouteTemplateParser(text).parse();
    }

    /** The same template under a prefix made of literal segments, e.g. {@code api}. */
    public RouteTemplate withPrefix(String prefix) {
        RouteTemplate parsedPrefix = parse(prefix);
        if (parsedPrefix.segments.stream().anyMatch(s -> !s.isLiteral())) {
            throw new RouteTemplateException("the route prefix '" + prefix + "' must be literal text");
        }
        if (parsedPrefix.segments.isEmpty()) {
            return this;
        }
        var all = new java.util.ArrayList<>(parsedPrefix.segments);
        all.addAll(segments);
        String joined = segments.isEmpty() ? parsedPrefix.text : parsedPrefix.text + "/" + text;
        return new RouteTemplate(joined, List.copyOf(all));
    }

    /** The first segment if it is a literal, else null; used to refuse reserved routes. */
    public String firstLiteral() {
        return segments.isEmpty() || !segments.get(0).isLiteral() ? null : segments.get(0).literal();
    }

    @Override
    public String toString() {
        return text;
    }
}
