import groovy.json.JsonSlurper
import java.nio.file.Path
import org.functions4j.server.StandaloneProcess

// What Microsoft's plugin staged: the app jar, lib/ without the types Azure's worker supplies.
def app = new File(basedir, 'target/azure-functions/azure-functions-samples')
assert new File(app, 'azure-functions-samples-1.0-SNAPSHOT.jar').isFile()
assert new File(app, 'lib').list().toList() == ['azure-functions-java-library-3.1.0.jar'] : new File(app, 'lib').list()
assert new JsonSlurper().parse(new File(app, 'HttpExample/function.json')).entryPoint == 'com.functions.Function.run'

// Served unchanged, from the staging folder and from the plain build output (classes and
// dependencies): java -jar functions-server-standalone.jar --classpath <either>; and by our
// plugin's functions:run on the project as it is.
def secrets = new File(basedir, 'target/secrets').path
def plain = new File(basedir, 'target/classes').path + File.pathSeparator + new File(basedir, 'cp.txt').text.trim()
[app.path, plain].each { classpath ->
    serve(StandaloneProcess.start(Path.of(serverJar), '--classpath', classpath, '--secrets', secrets))
}
def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
serve(StandaloneProcess.start([mvn, '-o', '-B', '-f', new File(basedir, 'pom.xml').path,
        "org.functions4j:functions-maven-plugin:${functionsVersion}:run".toString(),
        '-Dfunctions.port=0', '-Dfunctions.host=127.0.0.1', "-Dfunctions.secrets=${secrets}".toString()]))
return true // the invoker fails a script that returns anything else but null

/** Rows: the sample README's curl lines, and HttpTriggerJavaVersion. */
def serve(StandaloneProcess server) {
    try {
        def base = server.baseUrl()
        assert server.banner().contains("HttpExample: [GET,POST] ${base}/api/HttpExample\n") : server.banner()
        [['GET', '/api/HttpExample?name=HTTP%20Query', null, 200, 'Hello, HTTP Query'],
         ['POST', '/api/HttpExample', 'HTTP Body', 200, 'Hello, HTTP Body'],
         ['GET', '/api/HttpExample', null, 400, 'Please pass a name on the query string or in the request body'],
        ].each { method, path, body, status, expected ->
            def response = server.send(method, path, body)
            assert response.statusCode() == status : "${server.banner()}\n${method} ${path}: ${response.body()}"
            assert response.body() == expected
        }
        def version = server.send('GET', '/api/HttpTriggerJavaVersion', null)
        assert version.statusCode() == 200 && version.body().contains(System.getProperty('java.version')) : version.body()
    } finally {
        server.close()
    }
}
