package org.functions4j.invoke.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Parses the Azure Pipelines condition syntax: function calls, literals, variables with property access. */
final class Parser {
    private final String expression;
    private final List<Token> tokens;
    private int next;

    private Parser(String expression) {
        this.expression = expression;
        this.tokens = Lexer.tokens(expression);
    }

    static Expr parse(String expression) {
        if (expression == null || expression.isBlank()) {
            throw new CriteriaException("The expression is empty");
        }
        Parser parser = new Parser(expression);
        Expr expr = parser.expression();
        Token end = parser.peek();
        if (end.kind() != Token.Kind.END) {
            throw CriteriaException.at("Unexpected symbol: '" + end.text() + "'", end.position(), expression);
        }
        return expr;
    }

    private Expr expression() {
        Token token = take();
        Expr value = switch (token.kind()) {
            case STRING -> new Expr.Literal(token.text(), quoted(token.text()), token.position());
            case NUMBER -> number(token);
            case WORD -> word(token);
            default -> throw unexpected(token);
        };
        return accessors(value);
    }

    private Expr word(Token token) {
        String lower = token.text().toLowerCase(Locale.ROOT);
        if (peek().kind() == Token.Kind.LPAREN) {
            take();
            List<Expr> arguments = new ArrayList<>();
            if (peek().kind() != Token.Kind.RPAREN) {
                arguments.add(expression());
                while (peek().kind() == Token.Kind.COMMA) {
                    take();
                    arguments.add(expression());
                }
            }
            Token close = take();
            if (close.kind() != Token.Kind.RPAREN) {
                throw unexpected(close);
            }
            Functions.check(lower, arguments.size(), token, expression);
            return new Expr.Call(lower, arguments, expression.substring(token.position(), close.position() + 1),
                    token.position());
        }
        return switch (lower) {
            case "true" -> new Expr.Literal(Boolean.TRUE, "True", token.position());
            case "false" -> new Expr.Literal(Boolean.FALSE, "False", token.position());
            case "root", "statuscode", "headers" -> new Expr.Name(lower, token.position());
            default -> throw CriteriaException.at("Unrecognized value: '" + token.text() + "'", token.position(), expression);
        };
    }

    private Expr number(Token token) {
        String text = token.text();
        if (text.chars().filter(c -> c == '.').count() >= 2) {
            Version version = Version.parse(text);
            if (version == null) {
                throw CriteriaException.at("Unrecognized value: '" + text + "'", token.position(), expression);
            }
            return new Expr.Literal(version, text, token.position());
        }
        try {
            return new Expr.Literal(new BigDecimal(text), text, token.position());
        } catch (NumberFormatException e) {
            throw CriteriaException.at("Unrecognized value: '" + text + "'", token.position(), expression);
        }
    }

    /** {@code .name} and {@code [index]} after a value. */
    private Expr accessors(Expr value) {
        Expr current = value;
        while (true) {
            Token token = peek();
            if (token.kind() == Token.Kind.DOT) {
                take();
                Token name = take();
                if (name.kind() != Token.Kind.WORD) {
                    throw unexpected(name);
                }
                current = new Expr.Index(current, new Expr.Literal(name.text(), name.text(), name.position()),
                        current.text() + "." + name.text(), current.position());
            } else if (token.kind() == Token.Kind.LBRACKET) {
                take();
                Expr key = expression();
                Token close = take();
                if (close.kind() != Token.Kind.RBRACKET) {
                    throw unexpected(close);
                }
                current = new Expr.Index(current, key, current.text() + "[" + key.text() + "]", current.position());
            } else {
                return current;
            }
        }
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token take() {
        return tokens.get(next++);
    }

    private CriteriaException unexpected(Token token) {
        return token.kind() == Token.Kind.END
                ? CriteriaException.at("Unexpected end of expression", token.position(), expression)
                : CriteriaException.at("Unexpected symbol: '" + token.text() + "'", token.position(), expression);
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
