package dev.storium.maven;

import dev.storium.SchemaSource;
import dev.storium.StatusResult;
import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Reports, without a database connection, the dialect, the migrations directory and each migration file, the schema
 * classes and tables found in the project's compiled classes, and whether the code has changes that no migration
 * holds yet. Compiles the project first.
 */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
@Execute(phase = LifecyclePhase.COMPILE)
public class StatusMojo extends AbstractStoriumMojo {
    public StatusMojo() {
        super("status");
    }

    @Override
    Outcome run(StoriumConfig config, SchemaSource source) {
        StatusResult result = Storium.status(config, source);
        return new Outcome(result.success(), result.message(), result.error());
    }
}
