// This build's own PostgreSQL database: the migrations applied by an earlier build, then two manual ALTER TABLEs.
def db = dev.storium.maven.ItDatabase.createPostgres(basedir, 'check_drift')
db.migrate(basedir)
db.execute(['ALTER TABLE users ADD COLUMN nickname VARCHAR(40)', 'ALTER TABLE posts DROP COLUMN title'] as String[])
return true
