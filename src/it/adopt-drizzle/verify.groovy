// adopt took over drizzle's history and folder: the SQL files unchanged, drizzle-kit's meta kept, Storium's history
// holding both files, __drizzle_migrations as it was; the second adopt changed nothing; generate found nothing to do.
import dev.storium.maven.ItDatabase

def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects/)
assert runs.size() == 4 : "expected three builds in the log, found ${runs.size() - 1}"
def (first, second, third) = [runs[1], runs[2], runs[3]]

assert first.contains('[INFO] Converted 2 drizzle-kit migrations into ') : "adopt did not convert:\n${first}"
assert first.contains("(drizzle-kit's journal and snapshots kept under meta/drizzle-kit)")
assert first.contains('[INFO] Recorded 0000_bouncy_notes.sql as applied (adopted from drizzle).')
assert first.contains('[INFO] Recorded 0001_note_body.sql as applied (adopted from drizzle).')
assert first =~ /\[INFO\] Adopted jdbc:sqlite:\S+app\.db: converted \S+drizzle to Storium's directory \(the SQL files unchanged\), recorded 2 migrations applied by drizzle in __storium_migrations \(__drizzle_migrations left as it was\)\. Run mvn storium:generate for the next migration\./ : "adopt did not report:\n${first}"
assert first.contains('BUILD SUCCESS')

assert second =~ /\[INFO\] Already adopted: jdbc:sqlite:\S+ has its 2 migrations applied by drizzle recorded in __storium_migrations, and \S+drizzle is a Storium directory\. Nothing changed\./ : "the second adopt did not say so:\n${second}"
assert second.contains('[INFO] Schema is up to date: 2 migrations applied, none pending.') : "migrate after adopt:\n${second}"
assert second.contains('BUILD SUCCESS')

assert third.contains('[INFO] Nothing to generate: the schema in code matches the last migration, 0001_note_body.') : "generate after adopt:\n${third}"
assert third.contains('BUILD SUCCESS')

def drizzle = new File(basedir, 'drizzle')
assert new File(drizzle, '0001_note_body.sql').text == 'ALTER TABLE `notes` ADD `body` text;'
assert new File(drizzle, 'meta/storium.sum').exists()
assert new File(drizzle, 'meta/drizzle-kit/0001_snapshot.json').text.contains('"version": "6"')
assert new File(drizzle, 'meta/0001_snapshot.json').text.contains('"version" : "2"') || new File(drizzle, 'meta/0001_snapshot.json').text.contains('"version": "2"')
assert !new File(drizzle, '0002_note_body.sql').exists()

def db = ItDatabase.sqlite(new File(basedir, 'target/app.db'))
assert db.rows('SELECT tag FROM __storium_migrations ORDER BY tag')*.tag == ['0000_bouncy_notes', '0001_note_body']
assert db.rows('SELECT created_at FROM __drizzle_migrations').size() == 2
return true
