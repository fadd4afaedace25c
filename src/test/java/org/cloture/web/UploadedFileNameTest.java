package org.cloture.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Upload names: a name that leaves the year folder is refused, any other is made a plain file name. */
class UploadedFileNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"../adherents.csv", "../../association.yml", "/etc/passwd", "2024/adherents.csv",
            "C:\\Users\\marie\\adherents.xlsx", "D:adherents.xlsx", "..", ".", "a..b.csv", "dossier\\fichier.csv"})
    void namesThatLeaveTheFolderAreRefused(String name) {
        UploadedFileName result = UploadedFileName.of(name);

        assertThat(result.accepted()).isEmpty();
        assertThat(result.refusal()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {".cache.csv", "~$adherents.xlsx", "association.yml", "ASSOCIATION.YML", "", "   "})
    void hiddenLockOrConfigurationNamesAreRefusedToo(String name) {
        assertThat(UploadedFileName.of(name).accepted()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"adherents.xlsx", "Registre des adhérents 2025.xlsx", "900000001FEC20251231.txt",
            "relevé (janvier).csv", "rapport.md"})
    void ordinaryNamesAreKept(String name) {
        assertThat(UploadedFileName.of(name).accepted()).hasValue(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab\there.csv", "bell\u0007.csv", "pipe|star*.csv", "quote\"colon:.csv"})
    void controlAndReservedCharactersAreReplaced(String name) {
        String kept = UploadedFileName.of(name).accepted().orElseThrow();

        assertThat(kept).doesNotContainPattern("[\\p{Cntrl}|*\":]").endsWith(".csv");
    }

    @Property
    void anAcceptedNameIsAlwaysOneFileOfTheFolder(@ForAll String name) {
        UploadedFileName.of(name).accepted().ifPresent(kept -> {
            assertThat(kept).doesNotContain("/", "\\", "..").doesNotStartWith(".").isNotBlank();
            assertThat(kept.length()).isLessThanOrEqualTo(UploadedFileName.MAX_LENGTH);
            assertThat(java.nio.file.Path.of("annee").resolve(kept).normalize().getParent()).isEqualTo(java.nio.file.Path.of("annee"));
        });
    }
}
