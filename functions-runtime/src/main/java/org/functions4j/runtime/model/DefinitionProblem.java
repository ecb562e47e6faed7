package org.functions4j.runtime.model;

/**
 * One reason a function app cannot be loaded.
 *
 * @param location where: class, method and function name, or the route table
 * @param problem what is wrong
 * @param hint how to fix it
 */
public record DefinitionProblem(String location, String problem, String hint) {
    @Override
    public String toString() {
        return location + ": " + problem + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
