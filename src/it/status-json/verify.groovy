// mvn -q storium:status -Dstorium.format=json: the whole output is one JSON document, as `> status.json` would save it.
import dev.storium.maven.ItDatabase
import groovy.json.JsonSlurper

def db = ItDatabase.of(basedir)
try {
    // build.log is what `> status.json` would hold, plus the invoker's own lines about its hook scripts, and the ANSI
    // reset (ESC[0m) that Maven 3.8.x writes to standard output on start and exit even with -q -B (docs/status.md)
    def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects/)
    assert runs.size() == 2 : "expected the -q run, then the run writing a file:\n${runs}"
    def text = runs[0].readLines()
            .findAll { !(it ==~ /(Running|Finished) (pre|post)-build script: .*/) }
            .join('\n')
            .replaceAll('\u001B\\[0m', '')
            .trim()
    assert text.startsWith('{') && text.endsWith('}') : "not only JSON on standard output:\n${text}"
    def json = new JsonSlurper().parseText(text)
    def file = new File(basedir, 'target/reports/status.json')
    assert file.isFile() : "storium.output wrote no file"
    assert new JsonSlurper().parse(file) == json : "the file's report differs from standard output's"
    assert runs[1].contains("[INFO] Wrote the status report (json) to ${file.canonicalPath}") : runs[1]
    assert runs[1].contains('[INFO] Dialect: postgresql') : "the build log lacks the text report:\n${runs[1]}"
    assert json.formatVersion == 1
    assert json.success == true
    assert json.dialect == 'postgresql'
    assert json.migrationsDirectory == 'migrations' : "not relative to the project: ${json.migrationsDirectory}"
    assert json.migrations == ['0000_create_users', '0001_create_posts']
    assert json.schemaClasses == ['com.example.db.AppSchema']
    assert json.tables == ['posts', 'users']
    assert json.pendingChanges == false
    assert json.changes == []
    assert json.database.startsWith('jdbc:postgresql://127.0.0.1:5432/storium_it_status_json_')
    assert json.history*.tag == ['0000_create_users', '0001_create_posts']
    assert json.history*.state == ['applied', 'pending']
    assert json.history[0].appliedAt ==~ /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/
    assert json.history[0].executionMs instanceof Number
    assert json.history[1].appliedAt == null
    assert json.counts.applied == 1 && json.counts.pending == 1 && json.counts.failed == 0
    assert json.counts.keySet() == ['applied', 'pending', 'outOfOrder', 'failed', 'interrupted', 'changed', 'missing'] as Set : "counts keys: ${json.counts.keySet()}"
    assert json.error == null
} finally {
    db.drop()
}
return true
