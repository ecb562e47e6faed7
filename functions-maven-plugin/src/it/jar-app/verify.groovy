import groovy.json.JsonSlurper
import io.swagger.parser.OpenAPIParser
import io.swagger.v3.parser.core.models.ParseOptions
import java.util.jar.JarFile

def app = new File(basedir, 'target/azure-functions/jar-app')
assert new File(app, 'jar-app.jar').isFile()
assert new JsonSlurper().parse(new File(app, 'host.json')).extensions.http.routePrefix == 'v1'
def hello = new JsonSlurper().parse(new File(app, 'Hello/function.json'))
assert hello.scriptFile == '../jar-app.jar'
assert hello.entryPoint == 'it.Hello.run'
assert hello.bindings[0] == [type: 'httpTrigger', direction: 'in', name: 'req', authLevel: 'function', methods: ['get', 'post']]
assert hello.bindings[1] == [type: 'http', direction: 'out', name: '$return']
def products = new JsonSlurper().parse(new File(app, 'Products/function.json'))
assert products.bindings[0].route == 'products/{category:alpha}/{id:int?}'
assert products.bindings[0].authLevel == 'anonymous'
def jar = new JarFile(new File(basedir, 'target/jar-app-1.0.jar'))
def index = new JsonSlurper().parse(jar.getInputStream(jar.getEntry('META-INF/functions4j/functions.json')))
assert index.classes == ['it.Hello', 'it.Products']
jar.close()

// functions:openapi: the OpenAPI 3.1 document, checked against the OpenAPI Initiative's schema by the goal
def openapi = new JsonSlurper().parse(new File(basedir, 'target/openapi.json'))
assert openapi.openapi == '3.1.0'
assert openapi.info.title && openapi.info.version == '1.0'
assert openapi.paths.keySet() == ['/v1/Hello', '/v1/products/{category}/{id}', '/v1/products/{category}'] as Set
assert openapi.paths['/v1/products/{category}/{id}'].get.parameters.find { it.name == 'id' }.schema ==
        [type: 'integer', format: 'int32']
assert openapi.paths['/v1/Hello'].get.security == [[functionKey: []], [functionKeyQuery: []]]
assert new File(basedir, 'target/openapi.yaml').text.startsWith('openapi: 3.1.0')
// swagger-parser, the OpenAPI tooling's reference parser, reads both with no message
['openapi.json', 'openapi.yaml'].each { name ->
    def parsed = new OpenAPIParser().readContents(new File(basedir, "target/$name").text, null, new ParseOptions())
    assert parsed.openAPI != null && (parsed.messages ?: []).isEmpty() : "$name: ${parsed.messages}"
}
return true // the invoker fails a script that returns anything else but null or true
