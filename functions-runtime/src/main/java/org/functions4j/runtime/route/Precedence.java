package org.functions4j.runtime.route;

/**
 * How strongly one template segment binds, strongest first. Routes are compared segment by
 * segment in this order, so {@code items/new} beats {@code items/{id:int}}, which beats
 * {@code items/{name}}, which beats {@code items/{*rest}}. The ordinal is the rank.
 */
enum Precedence {
    /** A literal segment such as {@code items}. */
    LITERAL,
    /** A parameter with at least one constraint, such as {@code {id:int}}. */
    CONSTRAINED_PARAMETER,
    /** A parameter without constraints, such as {@code {name}}. */
    PARAMETER,
    /** An optional or defaulted parameter with a constraint, such as {@code {id:int?}}. */
    CONSTRAINED_OPTIONAL,
    /** An optional or defaulted parameter, such as {@code {page?}} or {@code {page=1}}. */
    OPTIONAL,
    /** A catch-all with a constraint, such as {@code {*path:file}}. */
    CONSTRAINED_CATCH_ALL,
    /** A catch-all, such as {@code {*rest}}. */
    CATCH_ALL
}
