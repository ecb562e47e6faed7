package org.functions4j.examples;

import java.util.Optional;
import org.functions4j.api.ApiDoc;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.BindingName;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpTrigger;

/** The seed's route example: {@code products/{category:alpha}/{id:int?}}. */
public class Products {
    /**
     * Answers for a category, or for one item of it.
     *
     * @param request the request
     * @param category letters only
     * @param id an optional integer
     * @return what was requested, as text
     */
    @FunctionName("Products")
    @ApiDoc(summary = "A category's products, or one product by id", tags = "catalog")
    public static String run(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ANONYMOUS,
                    route = "products/{category:alpha}/{id:int?}") HttpRequestMessage<Optional<String>> request,
            @BindingName("category") String category,
            @BindingName("id") Optional<Integer> id) {
        return id.map(value -> category + " item with id = " + value + " has been requested.")
                .orElse("All " + category + " items were requested.");
    }
}
