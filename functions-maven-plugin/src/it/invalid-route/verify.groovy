def log = new File(basedir, 'build.log').text
assert log.contains("it.Broken.run (function 'Broken'): invalid route template 'items/{id:int'")
assert log.contains('see the route template syntax in the README') : 'a hint'
assert !new File(basedir, 'target/azure-functions').exists()
