package org.functions4j.invoke.criteria;

import java.util.ArrayList;
import java.util.List;

/** Splits a criteria expression into tokens: words, numbers (and versions), 'strings' ('' escapes a quote), punctuation. */
final class Lexer {
    private Lexer() {
    }

    static List<Token> tokens(String expression) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < expression.length()) {
            char c = expression.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder text = new StringBuilder();
                int start = i++;
                while (true) {
                    if (i >= expression.length()) {
                        throw CriteriaException.at("Unclosed string literal", start, expression);
                    }
                    if (expression.charAt(i) == '\'') {
                        if (i + 1 < expression.length() && expression.charAt(i + 1) == '\'') {
                            text.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    text.append(expression.charAt(i++));
                }
                tokens.add(new Token(Token.Kind.STRING, text.toString(), start));
            } else if (Character.isDigit(c) || (c == '-' || c == '.') && i + 1 < expression.length()
                    && Character.isDigit(expression.charAt(i + 1)) && startsValue(tokens)) {
                int start = i++;
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i)) || expression.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.NUMBER, expression.substring(start, i), start));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < expression.length() && (Character.isLetterOrDigit(expression.charAt(i))
                        || expression.charAt(i) == '_' || expression.charAt(i) == '-')) {
                    i++;
                }
                tokens.add(new Token(Token.Kind.WORD, expression.substring(start, i), start));
            } else {
                Token.Kind kind = switch (c) {
                    case '(' -> Token.Kind.LPAREN;
                    case ')' -> Token.Kind.RPAREN;
                    case '[' -> Token.Kind.LBRACKET;
                    case ']' -> Token.Kind.RBRACKET;
                    case ',' -> Token.Kind.COMMA;
                    case '.' -> Token.Kind.DOT;
                    default -> throw CriteriaException.at("Unexpected symbol: '" + c + "'", i, expression);
                };
                tokens.add(new Token(kind, String.valueOf(c), i++));
            }
        }
        tokens.add(new Token(Token.Kind.END, "", expression.length()));
        return tokens;
    }

    /** A '.' or '-' starts a number only where a value may start (not after a name: root.a). */
    private static boolean startsValue(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return true;
        }
        Token.Kind last = tokens.get(tokens.size() - 1).kind();
        return last == Token.Kind.LPAREN || last == Token.Kind.COMMA || last == Token.Kind.LBRACKET;
    }
}
