// This build's own MariaDB database, holding the users table already (made by hand, or by another tool).
def db = dev.storium.maven.ItDatabase.createMariaDb(basedir, 'baseline')
def statements = new File(basedir, 'migrations/0000_create_users.sql').text.split('--> statement-breakpoint')
db.execute(statements as String[])
db.execute("INSERT INTO users (email) VALUES ('existing@example.com')")
return true
