package org.functions4j.runtime.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads and writes secret files in the reference host's format, so files it wrote load here
 * unchanged and files written here load there:
 * {@code host.json} = {@code {"masterKey":{...},"functionKeys":[...],"systemKeys":[...],...}} and
 * {@code <function>.json} = {@code {"keys":[...],...}}, each key {@code {"name","value","encrypted"}}
 * plus {@code hostName}, {@code instanceId}, {@code source} and {@code decryptionKeyId}.
 */
final class SecretsCodec {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final KeyCipher cipher;
    private final String hostName;
    private final String instanceId;

    /**
     * @param cipher encrypts values on write and decrypts them on read; null to store plain values
     */
    SecretsCodec(KeyCipher cipher, String hostName, String instanceId) {
        this.cipher = cipher;
        this.hostName = hostName;
        this.instanceId = instanceId;
    }

    HostSecrets readHost(byte[] content, String file) {
        ObjectNode root = object(content, file);
        String master = null;
        JsonNode masterNode = root.get("masterKey");
        if (masterNode != null && !masterNode.isNull()) {
            master = readKey(masterNode, root, file, "masterKey").value();
        }
        return new HostSecrets(master, readKeys(root, "functionKeys", file), readKeys(root, "systemKeys", file));
    }

    KeySet readFunction(byte[] content, String file) {
        return readKeys(object(content, file), "keys", file);
    }

    byte[] writeHost(HostSecrets secrets) {
        ObjectNode root = JSON.createObjectNode();
        if (secrets.master() != null) {
            root.set("masterKey", key("master", secrets.master()));
        } else {
            root.putNull("masterKey");
        }
        root.set("functionKeys", keys(secrets.hostKeys()));
        root.set("systemKeys", keys(secrets.systemKeys()));
        return bytes(metadata(root));
    }

    byte[] writeFunction(KeySet keys) {
        ObjectNode root = JSON.createObjectNode();
        root.set("keys", keys(keys));
        return bytes(metadata(root));
    }

    private ObjectNode object(byte[] content, String file) {
        try {
            JsonNode root = JSON.readTree(content);
            if (root instanceof ObjectNode object) {
                return object;
            }
            throw new SecretsException(file + ": a secrets file must be a JSON object");
        } catch (JsonProcessingException e) {
            throw new SecretsException(file + ": not valid JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (java.io.IOException e) {
            throw new SecretsException(file + ": cannot be read", e);
        }
    }

    private KeySet readKeys(ObjectNode root, String field, String file) {
        JsonNode array = root.get(field);
        if (array == null || array.isNull()) {
            return KeySet.EMPTY;
        }
        if (!array.isArray()) {
            throw new SecretsException(file + ": '" + field + "' must be an array");
        }
        KeySet keys = KeySet.EMPTY;
        for (int i = 0; i < array.size(); i++) {
            NamedKey key = readKey(array.get(i), root, file, field + "[" + i + "]");
            if (keys.get(key.name()).isPresent()) {
                throw new SecretsException(file + ": the key name '" + key.name() + "' appears twice in '" + field + "'");
            }
            keys = keys.with(key.name(), key.value());
        }
        return keys;
    }

    private NamedKey readKey(JsonNode node, ObjectNode root, String file, String where) {
        if (!node.isObject() || !node.path("name").isTextual() || !node.path("value").isTextual()
                || node.path("name").asText().isEmpty() || node.path("value").asText().isEmpty()) {
            throw new SecretsException(file + ": '" + where + "' must have a non-empty string name and value");
        }
        String name = node.get("name").asText();
        String value = node.get("value").asText();
        if (!node.path("encrypted").asBoolean(false)) {
            return new NamedKey(name, value);
        }
        String keyId = root.path("decryptionKeyId").asText("");
        if (cipher == null) {
            throw new SecretsException(file + ": holds encrypted keys (decryptionKeyId '" + keyId + "'), but "
                    + KeyCipher.ENVIRONMENT_VARIABLE + " is not set");
        }
        if (!cipher.keyId().equals(keyId)) {
            throw new SecretsException(file + ": was encrypted with the key '" + keyId + "', but "
                    + KeyCipher.ENVIRONMENT_VARIABLE + " is the key '" + cipher.keyId() + "'");
        }
        String plain = cipher.decrypt(name, value);
        if (plain == null) {
            throw new SecretsException(file + ": the key '" + name + "' cannot be decrypted (damaged, or not "
                    + "encrypted with " + KeyCipher.ENVIRONMENT_VARIABLE + ")");
        }
        return new NamedKey(name, plain);
    }

    private ArrayNode keys(KeySet keys) {
        ArrayNode array = JSON.createArrayNode();
        for (NamedKey key : keys.keys()) {
            array.add(key(key.name(), key.value()));
        }
        return array;
    }

    private ObjectNode key(String name, String value) {
        ObjectNode node = JSON.createObjectNode().put("name", name);
        if (cipher == null) {
            return node.put("value", value).put("encrypted", false);
        }
        return node.put("value", cipher.encrypt(name, value)).put("encrypted", true);
    }

    private ObjectNode metadata(ObjectNode root) {
        return root.put("hostName", hostName).put("instanceId", instanceId).put("source", "runtime")
                .put("decryptionKeyId", cipher == null ? "" : cipher.keyId());
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write secrets as JSON", e);
        }
    }
}
