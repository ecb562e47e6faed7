import groovy.json.JsonSlurper
import java.util.jar.JarFile

def app = new File(basedir, 'target/azure-functions/war-app')
assert new File(app, 'war-app.war').isFile()
assert new File(app, 'host.json').text.contains('"version": "2.0"') : 'a default host.json when the project has none'
assert new JsonSlurper().parse(new File(app, 'Hello/function.json')).scriptFile == '../war-app.war'
def war = new JarFile(new File(basedir, 'target/war-app-1.0.war'))
assert war.getEntry('WEB-INF/classes/META-INF/functions4j/functions.json') != null
war.close()
