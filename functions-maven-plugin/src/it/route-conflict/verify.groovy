def log = new File(basedir, 'build.log').text
assert log.contains("function 'First' (it.First.run)")
assert log.contains("function 'Second' (it.Second.run)")
assert log.contains('both match GET /api/things/x')
