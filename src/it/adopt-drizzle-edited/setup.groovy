// A SQLite database migrated by drizzle-orm's migrator from drizzle/, then 0001_note_body.sql edited afterwards.
def db = dev.storium.maven.ItDatabase.createSqlite(basedir, 'app')
db.migrateLikeDrizzle(new File(basedir, 'drizzle'))
def file = new File(basedir, 'drizzle/0001_note_body.sql')
file.text = file.text + '\n-- edited after it was applied'
return true
