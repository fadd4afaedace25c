package org.cloture.figures;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The mandates of an association's board, in the order a report lists them, recognised in the free text
 * of the register's "Fonction" column ("Présidente", "trésorier adjoint", "Vice-Président", "admin.").
 */
public enum BoardRole {
    PRESIDENT("Présidence"),
    VICE_PRESIDENT("Vice-présidence"),
    TREASURER("Trésorerie"),
    DEPUTY_TREASURER("Trésorerie adjointe"),
    SECRETARY("Secrétariat"),
    DEPUTY_SECRETARY("Secrétariat adjoint"),
    DIRECTOR("Administrateur·rice");

    private final String frenchLabel;

    BoardRole(String frenchLabel) {
        this.frenchLabel = frenchLabel;
    }

    public String frenchLabel() {
        return frenchLabel;
    }

    /** The role a "Fonction" cell names; empty for an ordinary member or an unknown wording. */
    public static Optional<BoardRole> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
        boolean deputy = plain.contains("adjoint");
        if (plain.startsWith("vice") || plain.startsWith("vp")) {
            return Optional.of(VICE_PRESIDENT);
        }
        if (plain.startsWith("presid") || plain.equals("co president") || plain.startsWith("co presid")) {
            return Optional.of(PRESIDENT);
        }
        if (plain.startsWith("tresor")) {
            return Optional.of(deputy ? DEPUTY_TREASURER : TREASURER);
        }
        if (plain.startsWith("secreta")) {
            return Optional.of(deputy ? DEPUTY_SECRETARY : SECRETARY);
        }
        if (plain.startsWith("admin") || plain.startsWith("membre du ca") || plain.startsWith("membre du conseil")) {
            return Optional.of(DIRECTOR);
        }
        return Optional.empty();
    }
}
