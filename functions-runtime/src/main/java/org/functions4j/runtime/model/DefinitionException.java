package org.functions4j.runtime.model;

import java.util.List;
import java.util.stream.Collectors;

/** A function app that cannot be loaded, with every problem found, each naming class, method and function. */
public class DefinitionException extends RuntimeException {
    private final List<DefinitionProblem> problems;

    /**
     * @param problems every problem found, at least one
     */
    public DefinitionException(List<DefinitionProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order found. */
    public List<DefinitionProblem> problems() {
        return problems;
    }

    private static String describe(List<DefinitionProblem> problems) {
        return "the function app has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
    }
}
