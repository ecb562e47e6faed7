package org.functions4j.openapi.app;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.functions4j.api.ApiDoc;
import org.functions4j.api.ApiResponse;
import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.BindingName;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpMethod;
import org.functions4j.api.HttpRequestMessage;
import org.functions4j.api.HttpResponseMessage;
import org.functions4j.api.HttpStatus;
import org.functions4j.api.HttpTrigger;
import org.functions4j.api.WebHookType;

/** A shop: every kind of route, binding, body, result, key level and webhook the document describes. */
public class ShopFunctions {
    /** A product, as Jackson writes it. */
    public static class Product {
        @JsonProperty(value = "sku", required = true)
        public String id;
        public String name;
        public double price;
        public List<String> tags;
        @JsonIgnore
        public String internalNote;
    }

    @FunctionName("Products")
    @ApiDoc(summary = "Lists products of a category, or one", tags = "catalog")
    public List<Product> products(
            @HttpTrigger(name = "req", methods = HttpMethod.GET, authLevel = AuthorizationLevel.ANONYMOUS,
                    route = "products/{category:alpha}/{id:int?}") HttpRequestMessage<Optional<String>> request,
            @BindingName("category") String category, @BindingName("id") Optional<Integer> id,
            @BindingName("limit") int limit, @BindingName("sort") Optional<String> sort) {
        return List.of();
    }

    @FunctionName("AddProduct")
    public CompletionStage<Product> addProduct(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST, HttpMethod.PUT}, authLevel = AuthorizationLevel.FUNCTION,
                    route = "products") Product product) {
        return CompletableFuture.completedFuture(product);
    }

    @FunctionName("Files")
    public byte[] files(@HttpTrigger(name = "req", methods = HttpMethod.GET, authLevel = AuthorizationLevel.FUNCTION,
            route = "files/{*path}") String body, @BindingName("path") String path) {
        return new byte[0];
    }

    @FunctionName("Order")
    public void order(@HttpTrigger(name = "req", methods = HttpMethod.DELETE, authLevel = AuthorizationLevel.ADMIN,
            route = "orders/{id:guid}") String body) {
    }

    @FunctionName("Stock")
    @ApiResponse(status = 200, description = "In stock", type = Product.class)
    @ApiResponse(status = 404, description = "No such product")
    public HttpResponseMessage stock(@HttpTrigger(name = "req", methods = HttpMethod.GET,
            authLevel = AuthorizationLevel.FUNCTION, route = "stock/{sku:length(3,12)}/{from:range(1,99)=1}")
                                     HttpRequestMessage<Optional<String>> request) {
        return request.createResponseBuilder(HttpStatus.OK).build();
    }

    @FunctionName("Notes")
    public String notes(@HttpTrigger(name = "req", methods = HttpMethod.POST, authLevel = AuthorizationLevel.FUNCTION)
                        Optional<String> text) {
        return "noted";
    }

    @FunctionName("Push")
    public String push(@HttpTrigger(name = "req", webHookType = WebHookType.GITHUB) String payload) {
        return "ok";
    }

    @FunctionName("Command")
    public String command(@HttpTrigger(name = "req", webHookType = WebHookType.SLACK) String form) {
        return "ok";
    }

    @FunctionName("Hook")
    public String hook(@HttpTrigger(name = "req", webHookType = WebHookType.GENERIC_JSON) String json) {
        return "ok";
    }
}
