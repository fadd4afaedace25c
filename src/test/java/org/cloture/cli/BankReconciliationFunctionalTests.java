package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bank reconciliation through the command line, on a copy of the demo: its CSV statement, then as OFX. */
class BankReconciliationFunctionalTests {

    private static final String STATEMENT = "2023/releve-compte-courant.csv";

    @TempDir
    Path work;

    @Test
    void theDemoStatementReconcilesWithItsOneChequeNotYetCashed() throws IOException {
        CliRunner.copyDemoInput(work);

        CliRunner.Result result = CliRunner.run(work, "check", "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.DONE);
        assertThat(result.out()).contains("releve-compte-courant.csv", "relevé bancaire", "expliqué par les opérations en suspens");
        String json = Files.readString(work.resolve("reports/2023/chiffres-cles-2023.json"));
        assertThat(json).contains("\"id\" : \"BANK_BALANCE_RECONCILED\"", "\"id\" : \"BANK_LEDGER_LINE_UNMATCHED\"")
                .doesNotContain("BANK_STATEMENT_LINE_UNMATCHED", "BANK_BALANCE_MISMATCH", "BANK_STATEMENT_MISSING");
    }

    @Test
    void theSameStatementAsOfxWithABankFeeNotBookedListsTheFeeAtItsLine() throws IOException {
        Path input = CliRunner.copyDemoInput(work);
        Path csv = input.resolve(STATEMENT);
        String ofx = asOfxWithAFee(Files.readAllLines(csv, Charset.forName("windows-1252")));
        Files.delete(csv);
        Files.writeString(input.resolve("2023/telechargement.ofx"), ofx, StandardCharsets.US_ASCII);
        int feeLine = (int) ofx.lines().takeWhile(line -> !line.contains("COMMISSION")).count() - 3;

        CliRunner.Result result = CliRunner.run(work, "check", "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.DONE);
        String json = Files.readString(work.resolve("reports/2023/chiffres-cles-2023.json"));
        assertThat(json).contains("\"id\" : \"BANK_STATEMENT_LINE_UNMATCHED\"",
                "\"source\" : \"telechargement.ofx:" + feeLine + "\"", "\"id\" : \"BANK_BALANCE_RECONCILED\"");
    }

    @Test
    void withoutAStatementTheControlsSayTheReconciliationWasNotRun() throws IOException {
        Path input = CliRunner.copyDemoInput(work);
        Files.delete(input.resolve(STATEMENT));

        CliRunner.Result result = CliRunner.run(work, "check", "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.DONE);
        assertThat(Files.readString(work.resolve("reports/2023/chiffres-cles-2023.json")))
                .contains("\"id\" : \"BANK_STATEMENT_MISSING\"").doesNotContain("BANK_BALANCE");
    }

    /** The CSV's operations (newest first, under six title rows) as an OFX 1 statement, plus a fee of 12,00 €. */
    private static String asOfxWithAFee(List<String> csv) {
        StringBuilder ofx = new StringBuilder("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nCHARSET:1252\n\n<OFX>\n"
                + "<BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR\n"
                + "<BANKACCTFROM><BANKID>30004<ACCTID>00041234567<ACCTTYPE>CHECKING</BANKACCTFROM>\n<BANKTRANLIST>\n");
        BigDecimal closing = null;
        for (String row : csv.subList(6, csv.size())) {
            String[] cells = row.split(";", -1);
            String[] day = cells[0].split("/");
            BigDecimal amount = cells[3].isEmpty() ? new BigDecimal(cells[2].replace(',', '.')).negate()
                    : new BigDecimal(cells[3].replace(',', '.'));
            closing = closing == null ? new BigDecimal(cells[4].replace(',', '.')) : closing;
            transaction(ofx, day[2] + day[1] + day[0], amount.toPlainString(), ascii(cells[1]));
        }
        transaction(ofx, "20231215", "-12.00", "COMMISSION INTERVENTION");
        ofx.append("</BANKTRANLIST>\n<LEDGERBAL><BALAMT>").append(closing.subtract(new BigDecimal("12.00")))
                .append("<DTASOF>20231231</LEDGERBAL>\n</STMTRS></STMTTRNRS></BANKMSGSRSV1>\n</OFX>\n");
        return ofx.toString();
    }

    private static void transaction(StringBuilder ofx, String date, String amount, String name) {
        ofx.append("<STMTTRN>\n<TRNTYPE>OTHER\n<DTPOSTED>").append(date).append("\n<TRNAMT>").append(amount)
                .append("\n<NAME>").append(name).append("\n</STMTTRN>\n");
    }

    private static String ascii(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "")
                .replace("&", "&amp;").replace("<", "&lt;");
    }
}
