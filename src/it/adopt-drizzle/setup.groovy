// A SQLite database migrated by drizzle-orm's migrator from drizzle/ (its __drizzle_migrations table, each file run
// and recorded with its SHA-256 and journal `when`), in target/app.db, recorded in storium.config.properties.
def db = dev.storium.maven.ItDatabase.createSqlite(basedir, 'app')
db.migrateLikeDrizzle(new File(basedir, 'drizzle'))
return true
