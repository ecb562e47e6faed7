package org.functions4j.invoke.criteria;

/**
 * A token of a criteria expression.
 *
 * @param kind what sort of token
 * @param text the token's text (a string literal's text is unescaped)
 * @param position where it starts, 0-based
 */
record Token(Kind kind, String text, int position) {
    enum Kind { WORD, NUMBER, STRING, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, DOT, END }
}
