import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Nothing to compile') || log.contains('Changes detected') || log.contains('up to date') : 'the second build was incremental'
def descriptor = new File(basedir, 'target/azure-functions/incremental/Hello/function.json')
assert new JsonSlurper().parse(descriptor).entryPoint == 'it.Hello.run'
def index = new File(basedir, 'target/classes/META-INF/functions4j/functions.json')
def newestClass = new File(basedir, 'target/classes/it/Hello.class').lastModified()
assert index.lastModified() >= newestClass : 'the index is never older than the classes'
