package dev.storium.maven;

import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.component.configurator.ComponentConfigurator;
import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.codehaus.plexus.component.configurator.converters.AbstractConfigurationConverter;
import org.codehaus.plexus.component.configurator.converters.lookup.ConverterLookup;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.configuration.PlexusConfiguration;

/**
 * Maven's configurator of the goals ({@code @Mojo(configurator = "storium")}) with one converter more: the text of
 * {@code url} and {@code password} becomes a {@link MaskedUrl} or {@link MaskedPassword} directly. Maven's own way to
 * build a custom type from text (its public {@code set(String)} method) reports the raw text to the debug output
 * ({@code mvn -X}: {@code (s)  = <text>}); this converter reports nothing, and Maven's line for the parameter then
 * prints the masked {@code toString()}. Declared to Maven's container in {@code META-INF/plexus/components.xml}, as
 * a {@link ComponentConfigurator} of that id.
 */
public final class MaskingConfigurator extends BasicComponentConfigurator {
    /** The configurator's id, as the goals and {@code META-INF/plexus/components.xml} name it. */
    static final String ID = "storium";

    /** A configurator that knows the masked types. */
    public MaskingConfigurator() {
        converterLookup.registerConverter(new MaskedTextConverter());
    }

    /** Builds the masked types from the evaluated text of their configuration element. */
    private static final class MaskedTextConverter extends AbstractConfigurationConverter {
        @Override
        public boolean canConvert(Class<?> type) {
            return type == MaskedUrl.class || type == MaskedPassword.class;
        }

        @Override
        public Object fromConfiguration(
                ConverterLookup lookup,
                PlexusConfiguration configuration,
                Class<?> type,
                Class<?> enclosingType,
                ClassLoader loader,
                ExpressionEvaluator evaluator,
                ConfigurationListener listener)
                throws ComponentConfigurationException {
            Object value = fromExpression(configuration, evaluator);
            if (value == null || String.valueOf(value).isBlank()) {
                return null;
            }
            String text = String.valueOf(value);
            return type == MaskedUrl.class ? new MaskedUrl(text) : new MaskedPassword(text);
        }
    }
}
