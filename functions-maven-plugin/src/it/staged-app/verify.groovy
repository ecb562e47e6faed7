import groovy.json.JsonSlurper
import java.nio.file.Path
import org.functions4j.server.StandaloneProcess

// The staging folder is complete, as Microsoft's plugin writes it: archive, host.json,
// local.settings.json, the runtime dependencies in lib/ (not the test ones, not our API).
def app = new File(basedir, 'target/azure-functions/staged-app')
assert new File(app, 'staged-app.jar').isFile()
assert new File(app, 'local.settings.json').text.contains('"GREETING": "hello"')
assert new File(app, 'lib').list().sort() == ['error_prone_annotations-2.41.0.jar', 'gson-2.13.2.jar'] :
        new File(app, 'lib').list()
// A void function declares only its trigger, as Azure's plugin writes it.
def fire = new JsonSlurper().parse(new File(app, 'Fire/function.json'))
assert fire.bindings == [[type: 'httpTrigger', direction: 'in', name: 'req', authLevel: 'anonymous', methods: ['post']]]

// The folder runs as it is (Gson from lib/, the prefix from its host.json):
// java -jar functions-server-standalone.jar --classpath target/azure-functions/staged-app
def server = StandaloneProcess.start(Path.of(serverJar), '--classpath', app.path,
        '--secrets', new File(basedir, 'target/secrets').path)
try {
    assert server.banner().contains("Greeting: [GET] ${server.baseUrl()}/v1/Greeting") : server.banner()
    def greeting = server.send('GET', '/v1/Greeting?name=staged', null)
    assert greeting.statusCode() == 200 : greeting.body()
    assert greeting.body() == '{"greeting":"staged"}'
    def fired = server.send('POST', '/v1/Fire', 'x')
    assert fired.statusCode() == 204
} finally {
    server.close()
}
