// This build's own PostgreSQL database, at 0000_create_users: 0001_create_posts is pending.
def db = dev.storium.maven.ItDatabase.createPostgres(basedir, 'status_json')
db.applyOnly(basedir, '0000_create_users')
return true
