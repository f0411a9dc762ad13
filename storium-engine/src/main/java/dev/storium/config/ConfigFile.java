package dev.storium.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.javaprop.JavaPropsMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.storium.error.ErrorCode;
import dev.storium.error.StoriumException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Storium config file: found through {@code STORIUM_CONFIG} or by its conventional names, and parsed with Jackson
 * (YAML, JSON or properties) into one tree of nested maps.
 *
 * @param path the file, absolute
 * @param label the file as shown in messages: relative to the project directory when inside it
 * @param tree the parsed content
 */
record ConfigFile(Path path, String label, Map<?, ?> tree) {
    private static final java.util.regex.Pattern DUPLICATE =
            java.util.regex.Pattern.compile("Duplicate (?:field|key) '([^']*)'");
    static final String VARIABLE = "STORIUM_CONFIG";
    static final List<String> NAMES =
            List.of("storium.config.yaml", "storium.config.yml", "storium.config.json", "storium.config.properties");

    /** The config file of {@code baseDir}, or empty when there is none. */
    static Optional<ConfigFile> find(Path baseDir, Map<String, String> environment) {
        String chosen = environment.get(VARIABLE);
        if (chosen != null && !chosen.isBlank()) {
            Path path = resolve(baseDir, chosen.trim());
            if (!Files.isRegularFile(path)) {
                throw new StoriumException(
                        ErrorCode.CONFIG,
                        "Config file " + path + " not found: the environment variable " + VARIABLE + " is set to `"
                                + chosen + "`, resolved against " + baseDir + ". Point " + VARIABLE
                                + " at an existing file, or unset it to use storium.config.yaml in the project directory.");
            }
            return Optional.of(read(baseDir, path));
        }
        List<Path> found = new ArrayList<>();
        for (String name : NAMES) {
            if (Files.isRegularFile(baseDir.resolve(name))) {
                found.add(baseDir.resolve(name));
            }
        }
        if (found.size() > 1) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "Two config files in " + baseDir + ": " + found.get(0).getFileName() + " and "
                            + found.get(1).getFileName()
                            + "; Storium reads only one. Delete or rename one of them, or set "
                            + VARIABLE + " to the one to use.");
        }
        return found.stream().findFirst().map(path -> read(baseDir, path));
    }

    private static Path resolve(Path baseDir, String chosen) {
        try {
            return baseDir.resolve(chosen).normalize();
        } catch (InvalidPathException e) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "The environment variable " + VARIABLE + " holds `" + chosen + "`, which is not a valid path ("
                            + e.getReason() + "). Set it to the path of a config file.");
        }
    }

    private static ConfigFile read(Path baseDir, Path path) {
        String label = path.startsWith(baseDir) ? baseDir.relativize(path).toString() : path.toString();
        ObjectMapper mapper = mapperFor(path, label);
        JsonNode node;
        try {
            node = mapper.readTree(path.toFile());
        } catch (JsonProcessingException e) {
            throw new StoriumException(ErrorCode.CONFIG, syntaxError(label, e));
        } catch (IOException e) {
            throw new StoriumException(
                    ErrorCode.IO, "Cannot read config file " + label + ": " + e.getMessage() + ". Check the file.", e);
        }
        if (node == null || node.isMissingNode() || node.isNull()) {
            return new ConfigFile(path, label, Map.of());
        }
        if (!node.isObject()) {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "Config file " + label + " holds "
                            + node.getNodeType().toString().toLowerCase(Locale.ROOT)
                            + " at the top, expected keys and values (dialect, url, ...). Write the settings as a map.");
        }
        return new ConfigFile(path, label, mapper.convertValue(node, Map.class));
    }

    private static ObjectMapper mapperFor(Path path, String label) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper;
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            mapper = new YAMLMapper();
        } else if (name.endsWith(".json")) {
            mapper = new ObjectMapper();
        } else if (name.endsWith(".properties")) {
            mapper = new JavaPropsMapper();
        } else {
            throw new StoriumException(
                    ErrorCode.CONFIG,
                    "Config file " + label + " has an unknown format: expected a name ending in .yaml, .yml, .json or "
                            + ".properties. Rename the file.");
        }
        return mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** The parse error, with its line and column, but without the parser's excerpt of the file (it may hold a password). */
    private static String syntaxError(String label, JsonProcessingException e) {
        String reason =
                e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\\R", 2)[0];
        java.util.regex.Matcher duplicate = DUPLICATE.matcher(reason);
        if (duplicate.find()) {
            reason = "the key `" + duplicate.group(1) + "` appears twice";
        } else {
            reason = reason.replaceAll("'[^']{6,}'|\"[^\"]{6,}\"", "(not shown)");
            reason = reason.replaceAll("(?i)(password\\S*\\s*[:=]\\s*)\\S+", "$1****");
        }
        JsonLocation location = e.getLocation();
        String where =
                location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return "Config file " + label + " cannot be parsed" + where + ": " + reason + ". Fix the syntax there.";
    }
}
