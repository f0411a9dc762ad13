// rebase renumbers the feature branch's migration after main's; generate on the merged code then has nothing to do,
// and a second rebase finds nothing to repair.
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects/)
assert runs.size() == 4 : "expected three builds in the log, found ${runs.size() - 1}"
def (rebase, generate, again) = [runs[1], runs[2], runs[3]]

assert rebase.contains('Rebased 1 migration of this branch after the 1 migration merged from the other branch in ') : "no rebase report:\n${rebase}"
assert rebase.contains('  0001_add_users_bio -> 0002_add_users_bio') : "the renamed migration is not named:\n${rebase}"
assert rebase.contains("Wrote 0002_add_users_bio.sql, meta/0001_snapshot.json, meta/0002_snapshot.json, meta/storium.sum, meta/_journal.json; removed 0001_add_users_bio.sql.") : rebase
assert rebase.contains('No database was checked: none is configured.') : rebase
assert rebase.contains('Next: review the result, then git add -A migrations and commit the merge.') : rebase
assert rebase.contains('BUILD SUCCESS')

def migrations = new File(basedir, 'migrations')
assert migrations.list().findAll { it.endsWith('.sql') }.sort() == ['0000_create_users.sql', '0001_create_tags.sql', '0002_add_users_bio.sql']
migrations.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    assert !file.text.contains('<<<<<<<') : "conflict markers left in ${file}"
}
assert new File(migrations, '0002_add_users_bio.sql').text.contains('bio')

assert generate.contains('Nothing to generate: the schema in code matches the last migration, 0002_add_users_bio.') : "generate found changes:\n${generate}"
assert generate.contains('BUILD SUCCESS')

assert again.contains('Nothing to rebase: ') && again.contains('holds no unresolved merge and its migrations are consistent (last: 0002_add_users_bio).') : again

def status = ['git', 'status', '--porcelain'].execute(null, basedir)
status.waitFor()
def unmerged = status.text.readLines().findAll { it =~ /^(UU|AA|DU|UD) / }
assert unmerged.every { it.contains('migrations/') } : "unexpected unmerged paths: ${unmerged}"
def add = ['git', 'add', '-A', 'migrations'].execute(null, basedir)
add.waitFor()
def commit = ['git', '-c', 'user.name=Storium IT', '-c', 'user.email=it@storium.dev', '-c', 'commit.gpgsign=false', 'commit', '-q', '--no-edit'].execute(null, basedir)
commit.waitFor()
assert commit.exitValue() == 0 : "the merge could not be committed: ${commit.err.text}"
return true
