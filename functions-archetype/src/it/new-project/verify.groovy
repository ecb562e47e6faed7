import groovy.json.JsonSlurper
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.util.concurrent.TimeUnit
import org.functions4j.server.StandaloneProcess

// The README's three steps on a new project: archetype:generate, mvn verify, mvn functions:run.
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
def work = new File(basedir, 'target/generated')
work.mkdirs()

def run(List<String> command, File directory) {
    def process = new ProcessBuilder(command).directory(directory).redirectErrorStream(true).start()
    def output = new StringBuilder()
    def reader = Thread.start { process.inputStream.eachLine { output.append(it).append('\n') } }
    assert process.waitFor(10, TimeUnit.MINUTES) : "timed out: ${command}\n${output}"
    reader.join()
    assert process.exitValue() == 0 : "${command.join(' ')} failed:\n${output}"
    return output.toString()
}

run([mvn, '-o', '-B', "org.apache.maven.plugins:maven-archetype-plugin:${archetypeVersion}:generate".toString(),
     '-DarchetypeGroupId=org.functions4j', '-DarchetypeArtifactId=functions-archetype',
     "-DarchetypeVersion=${functionsVersion}".toString(), '-DgroupId=com.example', '-DartifactId=hello',
     '-Dversion=1.0-SNAPSHOT', '-Dpackage=com.example.hello', '-DinteractiveMode=false'], work)
def project = new File(work, 'hello')
['pom.xml', 'host.json', 'README.md', '.gitignore', 'local.settings.json', 'src/main/java/com/example/hello/Function.java',
 'src/test/java/com/example/hello/FunctionTest.java'].each { assert new File(project, it).isFile() : it }
assert new File(project, 'pom.xml').text.contains("<functions4j.version>${functionsVersion}</functions4j.version>")

// mvn verify: the generated test (the kit, in memory) passes; the plugin checked and indexed the function.
def build = run([mvn, '-o', '-B', 'verify'], project)
assert build.contains('Tests run: 5, Failures: 0, Errors: 0, Skipped: 0') : build
assert new File(project, 'target/classes/META-INF/functions4j/functions.json').isFile()
assert new JsonSlurper().parse(new File(project, 'target/azure-functions/hello/Hello/function.json')).entryPoint ==
        'com.example.hello.Function.run'
assert new JsonSlurper().parse(new File(project, 'target/openapi.json')).paths['/api/Hello'] != null

// mvn functions:run: the function answers with its key; a function reading System.getenv sees
// local.settings.json's Values (the server runs in a JVM of its own, with them in its environment).
new File(project, 'src/main/java/com/example/hello/Setting.java').text = '''package com.example.hello;

import org.functions4j.api.AuthorizationLevel;
import org.functions4j.api.FunctionName;
import org.functions4j.api.HttpTrigger;

public class Setting {
    @FunctionName("Setting")
    public String run(@HttpTrigger(name = "req", authLevel = AuthorizationLevel.ANONYMOUS) String body) {
        return System.getenv("GREETING");
    }
}
'''
new File(project, 'local.settings.json').text = '''{
  "IsEncrypted": false,
  "Values": {"FUNCTIONS_WORKER_RUNTIME": "java", "GREETING": "hello from local.settings.json"}
}
'''
def server = StandaloneProcess.start([mvn, '-o', '-B', '-f', new File(project, 'pom.xml').path, 'functions:run',
        '-Dfunctions.port=0', '-Dfunctions.host=127.0.0.1'])
try {
    def key = new JsonSlurper().parse(new File(project, 'secrets/hello.json')).keys[0].value
    def client = HttpClient.newHttpClient()
    def answer = client.send(HttpRequest.newBuilder(URI.create("${server.baseUrl()}/api/Hello?name=Ann"))
            .header('x-functions-key', key).build(), HttpResponse.BodyHandlers.ofString())
    assert answer.statusCode() == 200 && answer.body() == 'Hello, Ann' : "${answer.statusCode()} ${answer.body()}"
    assert server.send('GET', '/api/Hello?name=Ann', null).statusCode() == 401
    def setting = server.send('GET', '/api/Setting', null)
    assert setting.statusCode() == 200 && setting.body() == 'hello from local.settings.json' : "${setting.statusCode()} ${setting.body()}"

} finally {
    server.close()
}
return true // the invoker fails a script that returns anything else but null
