package org.functions4j.runtime.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.functions4j.runtime.route.RouteConflictException;
import org.functions4j.runtime.route.RouteTable;
import org.functions4j.runtime.route.RouteTemplate;
import org.functions4j.runtime.route.RouteTemplateException;

/**
 * The validated functions of an app and their compiled route table. Building a catalog runs every
 * load-time check; an app that fails any of them never starts (and never builds).
 */
public final class FunctionCatalog {
    private static final Logger LOG = Logger.getLogger(FunctionCatalog.class.getName());
    private static final List<String> RESERVED_ROUTES = List.of("admin", "runtime");

    private final List<FunctionDefinition> functions;
    private final RouteTable<FunctionDefinition> routes;
    private final String routePrefix;
    private final List<String> left;

    private FunctionCatalog(List<FunctionDefinition> functions, RouteTable<FunctionDefinition> routes,
                            String routePrefix, List<String> left) {
        this.functions = functions;
        this.routes = routes;
        this.routePrefix = routePrefix;
        this.left = left;
    }

    /**
     * Reads and validates the functions of the given classes.
     *
     * @param classes classes with {@code @FunctionName} methods
     * @param routePrefix the route prefix ({@code api} by default, {@code ""} for none)
     * @return the catalog
     * @throws DefinitionException listing every problem found
     */
    public static FunctionCatalog of(Collection<Class<?>> classes, String routePrefix) {
        return of(classes, routePrefix, false);
    }

    /**
     * As {@link #of(Collection, String)}; with {@code skipUnsupported}, a function using a binding
     * this host does not serve (Azure's queue, blob, timer...) is left out with a warning instead of
     * stopping the app, so a mixed Azure app can serve its HTTP functions.
     */
    public static FunctionCatalog of(Collection<Class<?>> classes, String routePrefix, boolean skipUnsupported) {
        List<DefinitionProblem> problems = new ArrayList<>();
        List<DefinitionProblem> unsupported = new ArrayList<>();
        List<FunctionDefinition> functions = new ArrayList<>();
        for (Class<?> type : classes) {
            functions.addAll(FunctionReader.read(type, problems, unsupported));
        }
        if (skipUnsupported) {
            unsupported.forEach(u -> LOG.warning(() -> u.location() + " " + u.problem() + ": not served"));
        } else {
            problems.addAll(unsupported);
        }
        functions.sort(Comparator.comparing(FunctionDefinition::name, String.CASE_INSENSITIVE_ORDER));
        checkUniqueNames(functions, problems);
        RouteTable<FunctionDefinition> routes = buildRoutes(functions, routePrefix, problems);
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
        return new FunctionCatalog(List.copyOf(functions), routes, routePrefix, List.of());
    }

    /**
     * The same app serving only some of its functions ({@code --functions}, a disabled function):
     * the others are validated all the same, but get no route and are named by {@link #notServed()}.
     *
     * @param served whether a function (by its name) is served
     */
    public FunctionCatalog serving(Predicate<String> served) {
        List<FunctionDefinition> kept = functions.stream().filter(f -> served.test(f.name())).toList();
        if (kept.size() == functions.size()) {
            return this;
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        RouteTable<FunctionDefinition> table = buildRoutes(kept, routePrefix, problems);
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems); // cannot happen: fewer routes than a valid table
        }
        List<String> notServed = new ArrayList<>(left);
        functions.stream().filter(f -> !served.test(f.name())).map(FunctionDefinition::name).forEach(notServed::add);
        return new FunctionCatalog(kept, table, routePrefix, List.copyOf(notServed));
    }

    /** The functions of the app that are not served, by name. */
    public List<String> notServed() {
        return left;
    }

    /** The functions, sorted by name. */
    public List<FunctionDefinition> functions() {
        return functions;
    }

    /** The compiled route table, route prefix included. */
    public RouteTable<FunctionDefinition> routes() {
        return routes;
    }

    /** The name of the function called {@code name} ignoring case, as it is declared. */
    public Optional<String> canonicalName(String name) {
        return functions.stream().map(FunctionDefinition::name).filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }

    /** The route prefix, without slashes; empty for none. */
    public String routePrefix() {
        return routePrefix;
    }

    private static void checkUniqueNames(List<FunctionDefinition> functions, List<DefinitionProblem> problems) {
        Map<String, FunctionDefinition> seen = new HashMap<>();
        for (FunctionDefinition function : functions) {
            FunctionDefinition earlier = seen.putIfAbsent(function.name().toLowerCase(Locale.ROOT), function);
            if (earlier != null) {
                problems.add(new DefinitionProblem(function.entryPoint() + " (function '" + function.name() + "')",
                        "the function name is already used by " + earlier.describe(),
                        "function names are unique ignoring case: rename one of them"));
            }
        }
    }

    private static RouteTable<FunctionDefinition> buildRoutes(List<FunctionDefinition> functions, String routePrefix,
                                                              List<DefinitionProblem> problems) {
        RouteTable.Builder<FunctionDefinition> builder = RouteTable.builder();
        RouteTemplate prefix;
        try {
            prefix = RouteTemplate.parse(routePrefix);
            if (prefix.segments().stream().anyMatch(s -> !s.isLiteral()) || isReserved(prefix)) {
                throw new RouteTemplateException("the route prefix must be literal text and not start with admin or runtime");
            }
        } catch (RouteTemplateException e) {
            problems.add(new DefinitionProblem("host.json http.routePrefix '" + routePrefix + "'", e.getMessage(),
                    "use literal segments such as \"api\", or \"\" for no prefix"));
            return null;
        }
        for (FunctionDefinition function : functions) {
            String location = function.entryPoint() + " (function '" + function.name() + "')";
            try {
                RouteTemplate template = RouteTemplate.parse(function.routeTemplate());
                if (isReserved(template)) {
                    problems.add(new DefinitionProblem(location, "the route '" + function.routeTemplate()
                            + "' is reserved: routes starting with admin or runtime belong to the host",
                            "choose a route that starts with another segment"));
                    continue;
                }
                builder.add(template.withPrefix(prefix.text()), function.trigger().methods(), function,
                        function.describe());
            } catch (RouteTemplateException e) {
                problems.add(new DefinitionProblem(location, e.getMessage(),
                        "see the route template syntax in the README"));
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return builder.build();
        } catch (RouteConflictException e) {
            e.conflicts().forEach(c -> problems.add(new DefinitionProblem("routes", c, "")));
            return null;
        }
    }

    private static boolean isReserved(RouteTemplate template) {
        String first = template.firstLiteral();
        return first != null && RESERVED_ROUTES.contains(first.toLowerCase(Locale.ROOT));
    }
}
