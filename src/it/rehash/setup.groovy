// The developer writes the SQL of the custom migration 0001_backfill_emails after generating it, by hand.
def file = new File(basedir, 'migrations/0001_backfill_emails.sql')
def placeholder = file.text
assert placeholder.startsWith('-- Custom migration:') : "unexpected custom migration:\n${placeholder}"
file.text = 'UPDATE users SET email = lower(email);\n'
return true
