// A custom migration written by hand after generate: generate warns that it no longer matches meta/storium.sum,
// rehash records its new SHA-256, and a second rehash finds the sum file current.
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects/)
assert runs.size() == 4 : "expected three builds in the log, found ${runs.size() - 1}"
def (generate, rehash, again) = [runs[1], runs[2], runs[3]]

def sha256 = { String text -> MessageDigest.getInstance('SHA-256').digest(text.getBytes('UTF-8')).encodeHex().toString() }
def migrations = new File(basedir, 'migrations')
def placeholderHash = '63833a5061a42f8e06dabd53b7bf6c97f38d2d45cb68becbc301ae0fc7d8f8a9'
def editedHash = sha256(new File(migrations, '0001_backfill_emails.sql').text.replace('\r\n', '\n'))
assert editedHash == sha256('UPDATE users SET email = lower(email);\n')

assert generate.contains('BUILD SUCCESS') : "generate failed on the edited migration:\n${generate}"
assert generate.contains("[WARNING] 0001_backfill_emails.sql was edited after it was generated: its SHA-256 is ${editedHash.take(12)}, meta/storium.sum records ${placeholderHash.take(12)}. Fix: if the change is deliberate, review it and run mvn storium:rehash; otherwise restore the file from version control.") : "generate did not warn about the edited migration:\n${generate}"
assert generate =~ /\[INFO\] Wrote \S+0002_add_users_bio\.sql with 1 statement:/ : "generate did not write the next migration:\n${generate}"

assert rehash.contains('BUILD SUCCESS') : "rehash failed:\n${rehash}"
def sumFile = new File(migrations, 'meta/storium.sum')
assert rehash.contains("[INFO] Rewrote ${sumFile.canonicalPath} from the 3 migrations on disk:") || rehash.contains("[INFO] Rewrote ${sumFile.absolutePath} from the 3 migrations on disk:") : "rehash did not say what it rewrote:\n${rehash}"
assert rehash.contains("[INFO]   - Updated the line of 0001_backfill_emails: 0001_backfill_emails.sql SHA-256 ${placeholderHash} -> ${editedHash}.") : "rehash did not name the updated line:\n${rehash}"
assert rehash.contains('[INFO] Commit it together with the migrations.')
assert !rehash.contains('[WARNING]') : "rehash warned:\n${rehash}"

assert again.contains('BUILD SUCCESS')
assert again =~ /\[INFO\] \S+storium\.sum is current: it matches the 3 migrations on disk\. Nothing to rewrite\./ : "the second rehash did not find the sum current:\n${again}"
assert !again.contains('Rewrote')

// the sum file now holds the hashes of the files on disk, chained, computed here independently
def lines = sumFile.readLines().findAll { !it.startsWith('#') }
def tags = ['0000_create_users', '0001_backfill_emails', '0002_add_users_bio']
assert lines.size() == 4 : "expected three lines and the head:\n${sumFile.text}"
def chain = '0' * 64
tags.eachWithIndex { tag, i ->
    def sql = sha256(new File(migrations, "${tag}.sql").text.replace('\r\n', '\n'))
    def snapshot = sha256(new File(migrations, String.format('meta/%04d_snapshot.json', i)).text.replace('\r\n', '\n'))
    chain = sha256("${chain} ${tag} ${sql} ${snapshot}")
    assert lines[i] == "${tag} ${sql} ${snapshot} ${chain}" : "line ${i} does not match the files:\n${sumFile.text}"
}
assert lines[3] == "head ${chain}"
return true
