package org.functions4j.invoke.criteria;

import java.util.List;

/** A node of a parsed criteria expression. */
sealed interface Expr {
    /** Where the node starts in the expression, 0-based. */
    int position();

    /** The node as written, for traces. */
    String text();

    /** A literal: Boolean, BigDecimal, String or Version. */
    record Literal(Object value, String text, int position) implements Expr {
    }

    /** A variable: {@code root}, {@code statusCode}, {@code headers}. */
    record Name(String text, int position) implements Expr {
    }

    /** {@code target.name} or {@code target['name']} or {@code target[0]}. */
    record Index(Expr target, Expr key, String text, int position) implements Expr {
    }

    /** {@code fn(args...)}. */
    record Call(String name, List<Expr> arguments, String text, int position) implements Expr {
    }
}
