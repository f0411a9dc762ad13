// mvn verify failed in check: the sum file records another hash for the hand-edited migration; the fix is rehash.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE') : 'the build should fail'
assert log.contains('Check failed: 1 finding.')
assert log.contains('Sum file (1):')
assert log =~ /  - 0001_create_posts\.sql was edited after it was generated: its SHA-256 is \w+, meta\/storium\.sum records 42e8052eccd5/
assert log.contains('    Fix: if the change is deliberate, review it and run mvn storium:rehash; otherwise restore the file'
        + ' from version control.')
assert !log.contains('Schema in code vs the migrations') : 'the code matches the snapshots'
return true
