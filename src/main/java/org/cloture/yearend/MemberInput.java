package org.cloture.yearend;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.DropFolderIngest;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * A federation member's drop folder as if it were an association's own: a small folder whose
 * {@code association.yml} is the member's and whose year folders are links to the member's folders
 * ({@code <year>} → {@code input/<year>/<member-id>/}, the coming year's included). The unchanged year-end run closes it, so that a
 * member's outputs are exactly those of its folder closed alone, and nothing is copied.
 *
 * <p>The member's settings: its own {@code association.yml} when its folder of the closed year holds one;
 * otherwise its declared name with the federation's fiscal year and volunteer hourly rate.
 */
public final class MemberInput {

    private MemberInput() {
    }

    /** Fills the empty folder {@code view} with the member's input; returns it. */
    public static Path prepare(Path inputRoot, String memberId, int year, AssociationConfig federation, Path view)
            throws IOException {
        Files.createDirectories(view);
        Path own = inputRoot.resolve(Integer.toString(year)).resolve(memberId).resolve(DropFolderIngest.MEMBER_SETTINGS);
        if (Files.isRegularFile(own)) {
            Files.copy(own, view.resolve("association.yml"));
        } else {
            Files.writeString(view.resolve("association.yml"), derivedSettings(memberId, federation));
        }
        try (Stream<Path> years = Files.list(inputRoot)) {
            for (Path folder : years.filter(Files::isDirectory).toList()) {
                String name = folder.getFileName().toString();
                Path memberFolder = folder.resolve(memberId);
                // Up to the coming year: its folder holds the member's programme and planning.
                if (name.matches("\\d{4}") && Integer.parseInt(name) <= year + 1 && Files.isDirectory(memberFolder)) {
                    Files.createSymbolicLink(view.resolve(name), memberFolder.toAbsolutePath());
                }
            }
        }
        return view;
    }

    /** Removes what {@link #prepare} made: the links (never what they point to) and the settings. */
    public static void discard(Path view) throws IOException {
        if (!Files.exists(view)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(view)) {
            for (Path entry : entries) {
                Files.delete(entry);
            }
        }
        Files.delete(view);
    }

    /** The declared name, the federation's fiscal year start and hourly rate, as YAML (names quoted safely). */
    static String derivedSettings(String memberId, AssociationConfig federation) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("name", federation.federation().member(memberId)
                .map(AssociationConfig.MemberAssociation::name).orElse(memberId));
        settings.put("fiscalYearStart", String.format("%02d-%02d", federation.fiscalYearStart().getMonthValue(),
                federation.fiscalYearStart().getDayOfMonth()));
        if (federation.hourlyRate() != null) {
            settings.put("volunteering", Map.of("hourlyRate", federation.hourlyRate().toPlainString()));
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setDefaultScalarStyle(DumperOptions.ScalarStyle.DOUBLE_QUOTED);
        return new Yaml(options).dump(settings);
    }
}
