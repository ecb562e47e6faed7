package org.functions4j.runtime.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.functions4j.runtime.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class SecretStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B = Base64.getEncoder().encodeToString("b".repeat(32).getBytes());

    @TempDir
    Path tmp;

    private Path dir() {
        return tmp.resolve("secrets");
    }

    private SecretStore open() {
        return SecretStore.open(dir(), null);
    }

    private JsonNode file(String name) throws IOException {
        return JSON.readTree(dir().resolve(name).toFile());
    }

    @Test
    void createsTheDirectoryAndTheMissingDefaultKeys() throws Exception {
        SecretStore store = open();
        store.ensureKeys(List.of("Hello", "Products"));
        assertEquals("# Keys: never commit them.\n*\n", Files.readString(dir().resolve(".gitignore")));
        String master = store.master().orElseThrow();
        String hostDefault = store.keys(SecretStore.Scope.HOST, null).get("default").orElseThrow().value();
        String hello = store.keys(SecretStore.Scope.FUNCTION, "hello").get("DEFAULT").orElseThrow().value();
        for (String value : List.of(master, hostDefault, hello)) {
            assertTrue(value.matches("[A-Za-z0-9_-]{54}"), "40 random bytes, URL-safe Base64: " + value.length());
        }
        assertEquals(3, Stream.of(master, hostDefault, hello).distinct().count());
        assertTrue(Files.exists(dir().resolve("hello.json")), "one file per function, in lower case");
        assertTrue(Files.exists(dir().resolve("products.json")));
    }

    /** Issue 14.3: a file moved away while the server runs is recreated from the keys in force, never emptied. */
    @Test
    void aWriteAfterAFileVanishedKeepsEveryLoadedKey() throws Exception {
        SecretStore store = open();
        store.ensureKeys(List.of("Hello"));
        String master = store.master().orElseThrow();
        String hostDefault = store.keys(SecretStore.Scope.HOST, null).get("default").orElseThrow().value();
        String hello = store.keys(SecretStore.Scope.FUNCTION, "Hello").get("default").orElseThrow().value();
        Files.move(dir().resolve("host.json"), tmp.resolve("host.json.moved"));
        Files.move(dir().resolve("hello.json"), tmp.resolve("hello.json.moved"));

        assertTrue(store.put(SecretStore.Scope.HOST, null, "ci", null), "created");
        assertTrue(store.put(SecretStore.Scope.FUNCTION, "Hello", "ci", null), "created");

        SecretStore reopened = open();
        assertEquals(master, reopened.master().orElseThrow());
        assertEquals(master, file("host.json").path("masterKey").path("value").asText());
        assertEquals(hostDefault, reopened.keys(SecretStore.Scope.HOST, null).get("default").orElseThrow().value());
        assertTrue(reopened.keys(SecretStore.Scope.HOST, null).get("ci").isPresent());
        assertEquals(hello, reopened.keys(SecretStore.Scope.FUNCTION, "Hello").get("default").orElseThrow().value());
        assertTrue(reopened.keys(SecretStore.Scope.FUNCTION, "Hello").get("ci").isPresent());
        assertEquals(KeyKind.MASTER, store.kindOf(master, null), "the running store still knows the master key");
    }

    @Test
    void neverChangesAnExistingKey() throws Exception {
        open().ensureKeys(List.of("Hello"));
        byte[] host = Files.readAllBytes(dir().resolve("host.json"));
        byte[] hello = Files.readAllBytes(dir().resolve("hello.json"));
        open().ensureKeys(List.of("Hello"));
        assertArrayEquals(host, Files.readAllBytes(dir().resolve("host.json")));
        assertArrayEquals(hello, Files.readAllBytes(dir().resolve("hello.json")));
    }

    @Test
    void writesTheReferenceHostsFormat() throws Exception {
        open().ensureKeys(List.of("Hello"));
        JsonNode host = file("host.json");
        assertEquals("master", host.get("masterKey").get("name").asText());
        assertFalse(host.get("masterKey").get("encrypted").asBoolean());
        assertEquals("default", host.get("functionKeys").get(0).get("name").asText());
        assertTrue(host.get("systemKeys").isArray());
        assertEquals("runtime", host.get("source").asText());
        assertEquals("", host.get("decryptionKeyId").asText());
        assertTrue(host.get("hostName").isTextual());
        assertTrue(host.get("instanceId").asText().matches("[0-9a-f]{32}"));
        JsonNode hello = file("hello.json");
        assertEquals("default", hello.get("keys").get(0).get("name").asText());
        assertFalse(hello.get("keys").get(0).get("encrypted").asBoolean());
    }

    @Test
    void loadsFilesTheReferenceHostWroteUnchanged() throws Exception {
        Files.createDirectories(dir());
        String host = """
                {"masterKey":{"name":"master","value":"MasterValue_0123456789abcdef","encrypted":false},
                 "functionKeys":[{"name":"default","value":"HostDefault_0123456789abcdef","encrypted":false},
                                 {"name":"ci","value":"HostCi_0123456789abcdef","encrypted":false}],
                 "systemKeys":[{"name":"durabletask_extension","value":"System_0123456789abcdef","encrypted":false}],
                 "hostName":"myapp.azurewebsites.net","instanceId":"0000000000000000000000000A1B2C3D",
                 "source":"runtime","decryptionKeyId":""}""";
        String function = """
                {"keys":[{"name":"default","value":"Fn_0123456789abcdef","encrypted":false}],
                 "hostName":"myapp.azurewebsites.net","instanceId":"0000000000000000000000000A1B2C3D",
                 "source":"runtime","decryptionKeyId":""}""";
        Files.writeString(dir().resolve("host.json"), host);
        Files.writeString(dir().resolve("httptrigger.json"), function);
        SecretStore store = open();
        store.ensureKeys(List.of("HttpTrigger"));
        assertEquals(host, Files.readString(dir().resolve("host.json")), "complete files are not rewritten");
        assertEquals(function, Files.readString(dir().resolve("httptrigger.json")));
        assertEquals(KeyKind.MASTER, store.kindOf("MasterValue_0123456789abcdef", "HttpTrigger"));
        assertEquals(KeyKind.HOST, store.kindOf("HostCi_0123456789abcdef", "HttpTrigger"));
        assertEquals(KeyKind.FUNCTION, store.kindOf("Fn_0123456789abcdef", "httptrigger"));
        assertEquals(KeyKind.NONE, store.kindOf("Fn_0123456789abcdef", "Other"));
        assertEquals(KeyKind.SYSTEM, store.kindOf("System_0123456789abcdef", "HttpTrigger"));
        assertEquals(KeyKind.NONE, store.kindOf("fn_0123456789abcdef", "HttpTrigger"), "values are case-sensitive");
        assertEquals(KeyKind.NONE, store.kindOf(null, "HttpTrigger"));
        assertEquals(KeyKind.NONE, store.kindOf("", "HttpTrigger"));
    }

    /** file | content | fragment of the error */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            host.json  | {                                              | not valid JSON
            host.json  | []                                             | must be a JSON object
            host.json  | {"functionKeys": {}}                           | 'functionKeys' must be an array
            host.json  | {"masterKey": {"name": "master"}}              | 'masterKey' must have a non-empty string name and value
            host.json  | {"functionKeys": [{"name": "a", "value": 5}]}  | 'functionKeys[0]' must have a non-empty string name and value
            host.json  | {"functionKeys": [{"name": "a", "value": "x"}, {"name": "A", "value": "y"}]} | the key name 'A' appears twice
            hello.json | {"keys": "nope"}                               | 'keys' must be an array
            hello.json | {"keys": [{"name": "", "value": "x"}]}         | non-empty string name
            hello.json | {"keys": [{"name": "d", "value": "x", "encrypted": true}], "decryptionKeyId": "other"} | holds encrypted keys (decryptionKeyId 'other'), but FUNCTIONS_SECRETS_KEY is not set
            """)
    void refusesToStartWithAMalformedFileAndNeverOverwritesIt(String name, String content, String expected) throws Exception {
        Files.createDirectories(dir());
        Files.writeString(dir().resolve(name), content);
        SecretsException e = assertThrows(SecretsException.class, () -> open().ensureKeys(List.of("Hello")));
        assertTrue(e.getMessage().contains(dir().resolve(name).toString()), e::getMessage);
        assertTrue(e.getMessage().contains(expected), e::getMessage);
        assertEquals(content, Files.readString(dir().resolve(name)));
    }

    @ParameterizedTest
    @EnumSource(AtomicFileWriter.Step.class)
    void aWriteInterruptedAtAnyStepLeavesTheOldOrTheNewFile(AtomicFileWriter.Step failAt) throws Exception {
        open().ensureKeys(List.of("Hello"));
        byte[] before = Files.readAllBytes(dir().resolve("hello.json"));
        SecretStore store = SecretStore.open(dir(), null, step -> {
            if (step == failAt) {
                throw new IOException("simulated crash after " + step);
            }
        });
        assertThrows(SecretsException.class, () -> store.put(SecretStore.Scope.FUNCTION, "Hello", "second", null));
        byte[] after = Files.readAllBytes(dir().resolve("hello.json"));
        KeySet onDisk = open().keys(SecretStore.Scope.FUNCTION, "hello"); // parses: never a broken file
        if (failAt == AtomicFileWriter.Step.RENAMED) {
            assertTrue(onDisk.get("second").isPresent(), "renamed: the new file is in place");
        } else {
            assertArrayEquals(before, after, "not renamed: the old file is untouched");
        }
        assertEquals(onDisk, store.keys(SecretStore.Scope.FUNCTION, "Hello"), "memory matches the disk");
        try (Stream<Path> files = Files.list(dir())) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".tmp")).toList(), "no temporary file left");
        }
    }

    @Test
    void concurrentWritesLoseNothing() throws Exception {
        SecretStore one = open();
        SecretStore other = open(); // a second instance sharing the directory
        one.ensureKeys(List.of("Hello"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                SecretStore store = t % 2 == 0 ? one : other;
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        store.put(SecretStore.Scope.FUNCTION, "Hello", "k" + thread + "-" + i, null);
                        store.put(SecretStore.Scope.HOST, null, "h" + thread + "-" + i, null);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        SecretStore reopened = open();
        assertEquals(1 + 8 * 15, reopened.keys(SecretStore.Scope.FUNCTION, "Hello").keys().size());
        assertEquals(1 + 8 * 15, reopened.keys(SecretStore.Scope.HOST, null).keys().size());
    }

    @Test
    void picksUpChangesOthersMakeAndIgnoresBrokenOnes() throws Exception {
        SecretStore store = open();
        store.ensureKeys(List.of("Hello"));
        SecretStore operator = open();
        operator.put(SecretStore.Scope.FUNCTION, "Hello", "added", "Added_0123456789abcdef");
        store.reloadIfChanged();
        assertEquals(KeyKind.FUNCTION, store.kindOf("Added_0123456789abcdef", "Hello"));

        Path hello = dir().resolve("hello.json");
        Files.writeString(hello, "{ broken");
        Files.setLastModifiedTime(hello, FileTime.from(Instant.now().plusSeconds(5)));
        store.reloadIfChanged();
        assertEquals(KeyKind.FUNCTION, store.kindOf("Added_0123456789abcdef", "Hello"), "the keys loaded before stay");

        Files.delete(hello);
        store.reloadIfChanged();
        assertEquals(KeyKind.NONE, store.kindOf("Added_0123456789abcdef", "Hello"), "a removed file removes its keys");
    }

    @Test
    void encryptsValuesAtRestAndReadsThemBack() throws Exception {
        KeyCipher cipher = KeyCipher.fromBase64(KEY_A);
        SecretStore store = SecretStore.open(dir(), cipher);
        store.ensureKeys(List.of("Hello"));
        String master = store.master().orElseThrow();
        String onDisk = Files.readString(dir().resolve("host.json")) + Files.readString(dir().resolve("hello.json"));
        assertFalse(onDisk.contains(master), "no plain value on disk");
        JsonNode host = file("host.json");
        assertTrue(host.get("masterKey").get("encrypted").asBoolean());
        assertEquals(cipher.keyId(), host.get("decryptionKeyId").asText());
        assertEquals(master, SecretStore.open(dir(), KeyCipher.fromBase64(KEY_A)).master().orElseThrow());

        SecretsException noKey = assertThrows(SecretsException.class, () -> SecretStore.open(dir(), null));
        assertTrue(noKey.getMessage().contains("FUNCTIONS_SECRETS_KEY is not set"), noKey::getMessage);
        SecretsException otherKey = assertThrows(SecretsException.class,
                () -> SecretStore.open(dir(), KeyCipher.fromBase64(KEY_B)));
        assertTrue(otherKey.getMessage().contains("was encrypted with the key '" + cipher.keyId() + "'"), otherKey::getMessage);
        assertTrue(otherKey.getMessage().startsWith(dir().toString()), "names the file: " + otherKey.getMessage());
    }

    @Test
    void aDamagedEncryptedValueStopsStartUp() throws Exception {
        SecretStore.open(dir(), KeyCipher.fromBase64(KEY_A)).ensureKeys(List.of());
        Path host = dir().resolve("host.json");
        String content = Files.readString(host);
        String value = file("host.json").get("masterKey").get("value").asText();
        String damaged = (value.charAt(20) == 'A' ? 'B' : 'A') + "";
        Files.writeString(host, content.replace(value, value.substring(0, 20) + damaged + value.substring(21)));
        SecretsException e = assertThrows(SecretsException.class, () -> SecretStore.open(dir(), KeyCipher.fromBase64(KEY_A)));
        assertTrue(e.getMessage().contains("the key 'master' cannot be decrypted"), e::getMessage);
    }

    @Test
    void encryptsPlainValuesOnTheNextWrite() throws Exception {
        open().ensureKeys(List.of("Hello"));
        String plain = open().keys(SecretStore.Scope.FUNCTION, "Hello").get("default").orElseThrow().value();
        SecretStore encrypted = SecretStore.open(dir(), KeyCipher.fromBase64(KEY_A));
        assertEquals(KeyKind.FUNCTION, encrypted.kindOf(plain, "Hello"), "plain values still load");
        encrypted.put(SecretStore.Scope.FUNCTION, "Hello", "another", null);
        assertFalse(Files.readString(dir().resolve("hello.json")).contains(plain));
        assertTrue(file("hello.json").get("keys").get(0).get("encrypted").asBoolean());
        assertEquals(plain, SecretStore.open(dir(), KeyCipher.fromBase64(KEY_A))
                .keys(SecretStore.Scope.FUNCTION, "Hello").get("default").orElseThrow().value());
    }

    /** FUNCTIONS_SECRETS_KEY value | fragment of the error */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            not base64!!                                  | is not valid Base64
            c2hvcnQ=                                      | must be Base64 of 32 bytes (an AES-256 key), got 5 bytes
            """)
    void refusesABadEncryptionKeyWithoutShowingIt(String value, String expected) {
        SecretsException e = assertThrows(SecretsException.class, () -> KeyCipher.fromBase64(value));
        assertTrue(e.getMessage().contains(expected), e::getMessage);
        assertFalse(e.getMessage().contains(value.strip()), "the key itself is never shown");
    }

    @Test
    void neverLogsAKeyValue() throws Exception {
        List<String> values = new ArrayList<>(List.of("Rotated_0123456789abcdef", "Broken_0123456789"));
        try (LogCapture logs = LogCapture.of("org.functions4j")) {
            SecretStore store = open();
            store.ensureKeys(List.of("Hello"));
            SecretStore other = open();
            other.put(SecretStore.Scope.HOST, null, "rotated", "Rotated_0123456789abcdef");
            store.reloadIfChanged();
            Files.writeString(dir().resolve("hello.json"), "{\"keys\":[{\"name\":\"x\",\"value\":\"Broken_0123456789\"");
            Files.setLastModifiedTime(dir().resolve("hello.json"), FileTime.from(Instant.now().plusSeconds(5)));
            store.reloadIfChanged();
            values.add(store.master().orElseThrow());
            store.keys(SecretStore.Scope.HOST, null).keys().forEach(k -> values.add(k.value()));
            assertFalse(logs.texts().isEmpty(), "the reloads were logged");
            for (String text : logs.texts()) {
                for (String value : values) {
                    assertFalse(text.contains(value), text);
                }
            }
        }
    }

    @Test
    void aStoreThatCannotBeWrittenStillServesTheKeysItHas() throws Exception {
        open().ensureKeys(List.of());
        assertTrue(dir().toFile().setWritable(false));
        try {
            assumeFalse(Files.isWritable(dir()), "root writes anywhere: this case needs a non-root user");
            SecretStore readOnly = open();
            readOnly.ensureKeys(List.of("Hello")); // warns, does not fail
            assertTrue(readOnly.master().isPresent());
            assertTrue(readOnly.keys(SecretStore.Scope.FUNCTION, "Hello").keys().isEmpty());
        } finally {
            dir().toFile().setWritable(true);
        }
    }

    @Test
    void generatedValuesDiffer() {
        assertNotEquals(KeyValues.generate(), KeyValues.generate());
    }
}
