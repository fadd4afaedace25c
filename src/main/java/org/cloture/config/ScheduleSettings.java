package org.cloture.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The {@code schedule:} block of {@code association.yml}: Spring cron expressions of the scheduled work,
 * read on its own so that {@code cloture status} can show the next runs without loading the whole
 * configuration. Expressions are kept as written; their validity is for the caller to judge.
 */
public record ScheduleSettings(Map<String, String> cronByJob) {

    /** The schedule keys of the contract, in the order they are shown. */
    public static final List<String> KEYS = List.of("sweep", "yearEnd", "monthlyReport");

    public static final ScheduleSettings NONE = new ScheduleSettings(Map.of());

    /** The schedule of {@code inputDirectory/association.yml}; none when the file or the block is missing. */
    public static ScheduleSettings read(Path inputDirectory) {
        Path file = inputDirectory.resolve(AssociationConfigLoader.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return NONE;
        }
        Object root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException | YAMLException e) {
            return NONE;  // the run reports a broken association.yml with its line; status only shows no schedule
        }
        if (!(root instanceof Map<?, ?> keys) || !(keys.get("schedule") instanceof Map<?, ?> schedule)) {
            return NONE;
        }
        Map<String, String> cron = new LinkedHashMap<>();
        for (String key : KEYS) {
            if (schedule.get(key) != null) {
                cron.put(key, String.valueOf(schedule.get(key)).strip());
            }
        }
        return new ScheduleSettings(java.util.Collections.unmodifiableMap(cron));
    }
}
