def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] Functions4J: no functions found in')
assert new File(basedir, 'target/azure-functions/no-functions/host.json').isFile()
