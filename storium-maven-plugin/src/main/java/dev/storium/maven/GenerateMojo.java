package dev.storium.maven;

import dev.storium.Storium;
import dev.storium.config.StoriumConfig;
import dev.storium.options.GenerateOptions;
import dev.storium.result.GenerateResult;
import dev.storium.result.GoalResult;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Diffs the table definitions in the project's compiled classes against the last migration snapshot and writes the
 * next migration: {@code <out>/NNNN_<name>.sql}, {@code <out>/meta/_journal.json} and
 * {@code <out>/meta/NNNN_snapshot.json}. Needs no database. Compiles the project first, so it works on a clean
 * checkout. Changes that lose data are refused unless {@code storium.allowDataLoss} is set.
 */
@Mojo(
        name = "generate",
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true,
        configurator = MaskingConfigurator.ID)
@Execute(phase = LifecyclePhase.COMPILE)
public class GenerateMojo extends AbstractStoriumMojo {
    /**
     * Glob patterns over fully qualified class names of the classes that hold table definitions, such as
     * {@code com.example.db.*}. When unset, every class of the project that declares a public static
     * {@code TableDef} field.
     */
    @Parameter(property = "storium.schema")
    private List<String> schema;

    /** The migration name, the part after {@code NNNN_}; when unset it is derived from the changes. */
    @Parameter(property = "storium.name")
    private String name;

    /** Writes an empty migration for hand-written SQL; its snapshot carries the schema unchanged. */
    @Parameter(property = "storium.custom", defaultValue = "false")
    private boolean custom;

    /**
     * Allows changes that lose data: dropped tables and columns, narrowed types, and NOT NULL columns without a
     * default added to an existing table. Prefer a {@code renamedFrom} hint when a column or table was renamed.
     */
    @Parameter(property = "storium.allowDataLoss", defaultValue = "false")
    private boolean allowDataLoss;

    public GenerateMojo() {
        super("generate", Reporting.LOG_RESULT);
    }

    @Override
    void addValues(Map<String, Object> values) {
        putSchema(values, schema);
    }

    @Override
    GoalResult run(StoriumConfig config) throws MojoExecutionException {
        GenerateOptions options =
                new GenerateOptions(name == null || name.isBlank() ? null : name, custom, allowDataLoss);
        GenerateResult result = Storium.generate(config, schemaSource(), options);
        return result;
    }
}
