package org.functions4j.runtime.invoke;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
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
            case STRING -> new String(bytes, charset(contentType));
            case JSON -> readJson(bytes);
        };
    }

    private Object readJson(byte[] bytes) {
        try {
            return reader.readValue(bytes);
        } catch (JsonProcessingException e) {
            // The location and the original message say what is wrong without echoing the body.
            throw new BindingException("The request body is not valid JSON for this function: "
                    + e.getOriginalMessage() + locationOf(e));
        } catch (IOException e) {
            throw new BindingException("The request body could not be read as JSON.");
        }
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** The charset parameter of the content type; UTF-8 when absent or unknown. */
    static Charset charset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                String name = p.substring("charset=".length()).replace("\"", "").strip();
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
