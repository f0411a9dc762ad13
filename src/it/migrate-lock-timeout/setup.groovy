// Holds the SQLite migration lock of app.db (an OS lock on app.db.storium.lock) in this JVM while the builds run in
// their own processes; verify.groovy releases it.
import java.nio.channels.FileChannel
import java.nio.file.StandardOpenOption

def file = new File(basedir, 'app.db.storium.lock').toPath()
def channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)
def lock = channel.tryLock()
assert lock != null : 'could not take the lock file before the build'
System.properties.put('storium.it.lockTimeout.lock', lock)
return true
