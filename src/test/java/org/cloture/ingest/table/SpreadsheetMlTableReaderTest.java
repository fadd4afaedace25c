package org.cloture.ingest.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Map;

import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AssoConnect's « Excel 97 » export, which is SpreadsheetML 2003 XML named .xls (fixture built from the layout
 * read by julienw/plongee-scripts): recognised by content, typed cells, skipped cells and rows, formatting inside
 * a cell; and never an external entity read (XXE).
 */
class SpreadsheetMlTableReaderTest {

    @TempDir
    Path folder;

    @Test
    void anAssoConnectXlsThatIsXmlIsReadAsARegister() throws URISyntaxException {
        Path file = Paths.get(getClass().getResource("/formats/assoconnect/export-contacts.xls").toURI());

        assertThat(SpreadsheetMlTableReader.looksLikeSpreadsheetMl(file)).isTrue();
        RegisterReadResult result = new RegisterReader().read(file, "export-contacts.xls", Map.of());

        assertThat(result.members()).extracting(Member::memberId, Member::name, Member::kind, Member::joined,
                        member -> member.fee().toPlainString(), Member::departement)
                .containsExactly(
                        tuple("101", "Lefèvre", MemberKind.NATURAL_PERSON, LocalDate.of(2024, 1, 15), "25.50", "59"),
                        tuple("102", "Maison des Jeunes", MemberKind.LEGAL_PERSON, LocalDate.of(2024, 2, 1), "120.00", "62"),
                        tuple("103", "Nguyen", MemberKind.NATURAL_PERSON, LocalDate.of(2024, 3, 3), "25.50", null));
        assertThat(result.members()).extracting(member -> member.location().sheet() + ":" + member.location().row())
                .containsExactly("Contacts:2", "Contacts:3", "Contacts:5");
        assertThat(result.members().get(1).firstName()).isNull();
    }

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "MOT-DE-PASSE-SECRET");
        Path file = folder.resolve("piege.xls");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE Workbook [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
                + "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"A\"><Table>"
                + "<Row><Cell><Data ss:Type=\"String\">Nom</Data></Cell></Row>"
                + "<Row><Cell><Data ss:Type=\"String\">&x;</Data></Cell></Row></Table></Worksheet></Workbook>\n",
                StandardCharsets.UTF_8);

        RegisterReadResult result = new RegisterReader().read(file, "piege.xls", Map.of());

        assertThat(result.findings()).extracting(Finding::check).contains(CheckId.FILE_UNREADABLE);
        assertThat(result.findings()).noneMatch(finding -> String.valueOf(finding.message()).contains("SECRET"));
        assertThat(result.rejectedRows()).noneMatch(row -> row.rawText().contains("SECRET"));
    }

    @Test
    void aRealBinaryXlsIsStillReadByPoi() throws IOException {
        Path file = folder.resolve("faux.xls");
        Files.writeString(file, "Nom;Prénom\n");

        assertThat(SpreadsheetMlTableReader.looksLikeSpreadsheetMl(file)).isFalse();
    }
}
