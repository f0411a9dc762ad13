// diagram: the code's tables drawn into target/storium-schema.md, the database's (given -Dstorium.url) into
// target/database.mmd, status naming the file, and a file it did not write (NOTES.md) refused and left as it was.
def log = new File(basedir, 'build.log').text
def code = new File(basedir, 'target/storium-schema.md')
def database = new File(basedir, 'target/database.mmd')

assert log =~ /Schema diagram: none yet; mvn storium:diagram draws the tables as a Mermaid diagram into .*storium-schema\.md/ : "status before diagram does not say how to draw one:\n${log}"
assert code.isFile() : 'storium:diagram wrote no target/storium-schema.md'
def codeText = code.text
assert codeText.startsWith('<!-- Written by storium:diagram from the code; run it again to update this file. -->\n\n```mermaid\nerDiagram\n') : "unexpected start:\n${codeText}"
assert codeText.contains('    "posts" {\n        uuid id PK\n        uuid author_id FK\n        varchar(200) title\n        timestamp created_at\n        timestamp updated_at\n    }') : "posts drawn otherwise:\n${codeText}"
assert codeText.contains('    "users" ||..o{ "posts" : "author_id"\n') : "the key of posts to users is not drawn:\n${codeText}"
assert log.contains('Drew 2 tables and 1 relationship of the code (1 schema class) into') : "diagram's report:\n${log}"

assert database.isFile() : 'storium:diagram with -Dstorium.url wrote no target/database.mmd'
def dbText = database.text
assert dbText.startsWith('%% Written by storium:diagram from the database; run it again to update this file.\nerDiagram\n') : "unexpected start:\n${dbText}"
assert dbText.contains('    "users" ||..o{ "posts" : "author_id"\n') : "the database's key is not drawn:\n${dbText}"
assert !dbText.contains('__storium_migrations') : "the history table is drawn:\n${dbText}"
assert log =~ /Drew 2 tables and 1 relationship of the database at jdbc:sqlite:.*app\.db into .*database\.mmd/ : "diagram's report from the database:\n${log}"

assert log =~ /Schema diagram: .*storium-schema\.md \(drawn \d{4}-\d\d-\d\dT[\d:]+Z; mvn storium:diagram draws it again\)/ : "status after diagram does not name the file:\n${log}"

assert new File(basedir, 'NOTES.md').text == '# Notes kept by hand\n\nstorium:diagram must not overwrite this file.\n' : 'NOTES.md was changed'
assert log.contains('exists and storium:diagram did not write it') && log.contains('-Dstorium.force=true') : "the refusal does not say why and how:\n${log}"
return true
