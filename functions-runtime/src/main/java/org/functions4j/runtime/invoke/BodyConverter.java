package org.functions4j.runtime.invoke;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.functions4j.runtime.model.BodyType;

/** Converts raw body bytes into what the function declared, decided once per function. */
final class BodyConverter {
    private final BodyType type;
    private final ObjectReader reader;

    BodyConverter(BodyType type, ObjectMapper json) {
        this.type = type;
        if (type.form() == BodyType.Form.JSON) {
            JavaType javaType = json.getTypeFactory().constructType(type.jsonType());
            this.reader = json.readerFor(javaType);
        } else {
            this.reader = null;
        }
    }

    /** The body of the request as the function declared it. */
    Object convert(RequestData request) {
        byte[] bytes = request.body();
        Object value = bytes == null ? null : convert(bytes, request.contentType());
        return type.optional() ? Optional.ofNullable(value) : value;
    }

    private Object convert(byte[] bytes, String contentType) {
        return switch (type.form()) {
            case BYTES -> bytes;
            case STRING -> BodyText.decode(bytes, BodyText.charset(contentType));
            case JSON -> readJson(bytes, BodyText.charset(contentType));
        };
    }

    /** JSON in UTF-8 (RFC 8259) is parsed from the bytes once validated; another declared charset is decoded first. */
    private Object readJson(byte[] bytes, Charset charset) {
        try {
            if (charset.equals(StandardCharsets.UTF_8)) {
                BodyText.requireUtf8(bytes);
                return reader.readValue(bytes);
            }
            return reader.readValue(BodyText.decode(bytes, charset));
        } catch (JsonProcessingException e) {
            throw new BindingException(JsonProblems.describe(e));
        } catch (IOException e) {
            throw new BindingException("The request body could not be read as JSON.");
        }
    }
}
