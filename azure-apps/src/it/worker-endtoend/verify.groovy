import java.nio.file.Path
import org.functions4j.server.StandaloneProcess

// The worker's C# HttpEndToEndTests.cs, run against its functions as Microsoft's plugin staged them.
// Utilities.InvokeHttpTrigger: GET /api/<function><query>, the status (or the custom code), and the
// body contains the expected text. Not run: HttpTriggerJava (calls https://httpstat.us and reads an
// Azure Storage setting; no network here), FontTypeSupport (needs installed fonts), echo/uppercase
// (Spring Cloud Function, not copied), ApplicationInsightTest (Azure only).
def app = new File(basedir, 'target/azure-functions/endtoendtests')
def server = StandaloneProcess.start(Path.of(serverJar), '--classpath', app.path,
        '--secrets', new File(basedir, 'target/secrets').path)
try {
    [// HttpTriggerTests theory rows
     ['HttpTriggerJavaMetadata', '?&firstName=John&lastName=Doe', 200, 'JohnDoe'],
     ['HttpTriggerJavaThrows', '', 500, ''],
     ['HttpTriggerWaitMethod', '?&name=Test', 200, 'Test'],
     ['HttpTriggerNotifyMethod', '?&name=Test', 200, 'Test'],
     ['HttpTriggerJavaVersion', '', 200, 'HttpTriggerJavaVersion'],
     // HttpTrigger_ReturnsCustomCode, HttpTriggerJavaClassLoader (Gson and commons-lang3 from lib/)
     ['HttpTriggerCustomCode', '?&name=Test', 209, 'Test'],
     ['HttpTriggerJavaClassLoader', '?&name=Test', 200, 'Test'],
     // HttpTriggerJavaStatic: one static counter across two functions, in this order
     ['HttpTriggerJavaStatic1', '', 200, '1'],
     ['HttpTriggerJavaStatic2', '', 200, '2'],
     ['HttpTriggerJavaStatic1', '', 200, '3'],
     ['HttpTriggerJavaStatic2', '', 200, '4'],
     // HttpTrigger_BindingName
     ['BindingName', '/testMessage', 200, 'testMessage'],
    ].each { function, query, status, expected ->
        def response = server.send('GET', "/api/${function}${query}", null)
        assert response.statusCode() == status : "${function}${query}: ${response.statusCode()} ${response.body()}"
        assert response.body().contains(expected) : "${function}${query}: ${response.body()}"
    }
} finally {
    server.close()
}
return true // the invoker fails a script that returns anything else but null
