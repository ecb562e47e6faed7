package org.functions4j.azureapps;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.HttpStatusType;
import com.microsoft.azure.functions.OutputBinding;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpOutput;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import java.util.Map;
import java.util.Optional;

/** Functions written against Azure's library, covering the rest of its HTTP surface. */
public class AzureShapes {
    @FunctionName("Output")
    public void output(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST}, authLevel = AuthorizationLevel.ANONYMOUS)
            HttpRequestMessage<String> request,
            @HttpOutput(name = "res") OutputBinding<HttpResponseMessage> response) {
        response.setValue(request.createResponseBuilder(HttpStatus.CREATED).header("X-Made", "yes")
                .body("made " + request.getBody()).build());
    }

    @FunctionName("Custom")
    public HttpResponseMessage custom(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ANONYMOUS,
                    route = "items/{id:int}") HttpRequestMessage<Optional<String>> request,
            @BindingName("id") int id, final ExecutionContext context) {
        String traced = context.getTraceContext().getTraceparent().split("-")[1];
        return request.createResponseBuilder(HttpStatusType.custom(209))
                .body(id + " " + context.getFunctionName() + " " + request.getHttpMethod() + " " + traced).build();
    }

    @FunctionName("Own")
    public HttpResponseMessage own(
            @HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) HttpRequestMessage<String> request) {
        return new HttpResponseMessage() { // an app's own implementation, as test doubles are
            @Override
            public HttpStatusType getStatus() {
                return HttpStatus.ACCEPTED;
            }

            @Override
            public String getHeader(String key) {
                return key.equalsIgnoreCase("Content-Type") ? "text/csv" : null;
            }

            @Override
            public Object getBody() {
                return "a,b";
            }
        };
    }

    @FunctionName("Keyed")
    public Map<String, Object> keyed(
            @HttpTrigger(name = "req", methods = {HttpMethod.POST}) Map<String, Object> body) {
        return Map.of("echo", body);
    }
}
