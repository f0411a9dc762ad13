// Makes the project a git repository whose branches each generated a migration, and merges them: git stops on
// conflicts in migrations/meta, which the build's storium:rebase repairs.
import static dev.storium.schema.Schema.column
import static dev.storium.schema.Schema.defineTable

import dev.storium.options.GenerateOptions
import dev.storium.Storium
import dev.storium.config.Dialect
import dev.storium.config.StoriumConfig
import dev.storium.schema.ColumnType

def git(File dir, List<String> args) {
    def command = ['git', '-c', 'user.name=Storium IT', '-c', 'user.email=it@storium.dev', '-c', 'commit.gpgsign=false',
                   '-c', 'core.autocrlf=false', '-c', 'merge.conflictStyle=merge'] + args
    def env = System.getenv().collect { k, v -> "${k}=${v}" } + ['GIT_CONFIG_NOSYSTEM=1', "GIT_CONFIG_GLOBAL=${new File(dir, '.git-no-global-config')}"]
    def process = command.execute(env, dir)
    def out = new StringBuilder()
    process.waitForProcessOutput(out, out)
    [process.exitValue(), out.toString()]
}

def ok(File dir, List<String> args) {
    def (exit, out) = git(dir, args)
    assert exit == 0 : "git ${args.join(' ')} failed:\n${out}"
    out
}

def users(boolean bio) {
    def columns = [column('id', ColumnType.UUID).primaryKey(), column('email', ColumnType.VARCHAR).maxLength(255).notNull()]
    if (bio) {
        columns << column('bio', ColumnType.TEXT)
    }
    defineTable('users').columns(columns as dev.storium.schema.ColumnDef[]).timestamps(false)
}

def tags() {
    defineTable('tags')
            .columns(column('id', ColumnType.INTEGER).primaryKey(), column('label', ColumnType.VARCHAR).maxLength(40).notNull())
            .timestamps(false)
}

def config = new StoriumConfig(Dialect.SQLITE, null, null, null, [], [], new File(basedir, 'migrations').toPath(), [],
        [:], null, basedir.toPath(), null)

def generate(StoriumConfig config, List tables) {
    def result = Storium.generate(config, tables, GenerateOptions.DEFAULTS)
    assert result.success() && result.file() != null : result.message()
}

new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
ok(basedir, ['init', '-q', '-b', 'main'])
generate(config, [users(false)])
ok(basedir, ['add', '-A'])
ok(basedir, ['commit', '-q', '-m', 'base'])
ok(basedir, ['checkout', '-q', '-b', 'feature'])
generate(config, [users(true)])
ok(basedir, ['add', '-A'])
ok(basedir, ['commit', '-q', '-m', 'feature: users.bio'])
ok(basedir, ['checkout', '-q', 'main'])
generate(config, [users(false), tags()])
ok(basedir, ['add', '-A'])
ok(basedir, ['commit', '-q', '-m', 'main: tags'])
ok(basedir, ['checkout', '-q', 'feature'])
def (exit, out) = git(basedir, ['merge', '--no-edit', 'main'])
assert exit == 1 && out.contains('CONFLICT (add/add): Merge conflict in migrations/meta/0001_snapshot.json') : "expected conflicts:\n${out}"
assert out.contains('Merge conflict in migrations/meta/_journal.json') : out
assert out.contains('Merge conflict in migrations/meta/storium.sum') : out
assert new File(basedir, 'migrations/meta/_journal.json').text.contains('<<<<<<< HEAD')
return true
