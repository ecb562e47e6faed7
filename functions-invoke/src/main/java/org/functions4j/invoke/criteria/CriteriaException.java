package org.functions4j.invoke.criteria;

/** An expression that cannot be parsed or evaluated; the message names the position, as the pipeline task does. */
public class CriteriaException extends RuntimeException {
    /**
     * @param message what is wrong, with its position in the expression
     */
    public CriteriaException(String message) {
        super(message);
    }

    static CriteriaException at(String problem, int position, String expression) {
        return new CriteriaException(problem + ". Located at position " + (position + 1) + " within expression: " + expression);
    }
}
