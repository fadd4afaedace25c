package org.cloture.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cloture.config.AssociationConfig;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;

/**
 * The subfolders of a year folder. A federation keeps one folder per member association there
 * ({@code input/<year>/<member-id>/}); only the members association.yml declares are read. Hidden folders
 * and folders named like a year are never members and pass silently. Without a {@code federation:} section,
 * a subfolder is ignored, and said to be.
 */
public final class MemberFolders {

    private MemberFolders() {
    }

    /**
     * @param members  the ids of the declared members whose folder exists, sorted: the folders to read
     * @param findings one per undeclared or ignored folder, and one per declared member without a folder
     */
    public record Listing(List<String> members, List<Finding> findings) {
    }

    public static Listing of(Path yearFolder, int year, AssociationConfig config) {
        Set<String> folders = candidateFolders(yearFolder);
        List<String> members = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (String folder : folders) {
            if (!config.isFederation()) {
                findings.add(Finding.of(CheckId.SUBFOLDER_IGNORED, folderLocation(folder), folder, folder));
            } else if (config.federation().member(folder).isPresent()) {
                members.add(folder);
            } else {
                findings.add(Finding.of(CheckId.MEMBER_FOLDER_UNDECLARED, folderLocation(folder), folder, folder));
            }
        }
        if (config.isFederation()) {
            for (AssociationConfig.MemberAssociation member : config.federation().members()) {
                if (!folders.contains(member.id())) {
                    findings.add(Finding.of(CheckId.MEMBER_FOLDER_MISSING, folderLocation(member.id()), null,
                            member.id(), member.name(), year));
                }
            }
        }
        return new Listing(List.copyOf(members), List.copyOf(findings));
    }

    /** A member folder as findings name it: relative to the year folder, like the paths of its files. */
    public static SourceLocation folderLocation(String memberId) {
        return SourceLocation.ofFile(memberId + "/");
    }

    private static Set<String> candidateFolders(Path yearFolder) {
        try (Stream<Path> entries = Files.list(yearFolder)) {
            return entries.filter(path -> Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)).map(path -> path.getFileName().toString())
                    .filter(name -> !name.startsWith(".") && !name.matches("\\d{4}"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            return Set.of();
        }
    }
}
