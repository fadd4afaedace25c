package org.cloture.ingest.ofx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.cloture.activity.Activity;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.ReadSummary;
import org.cloture.ingest.RejectedRow;
import org.cloture.ingest.RowSink;
import org.cloture.ingest.fec.FecLine;
import org.cloture.membership.Member;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.cloture.volunteering.VolunteerEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OFX statements, 1.x SGML and 2.x XML, as French banks deliver them. */
class OfxFileReaderTest {

    static final String SGML = """
            OFXHEADER:100
            DATA:OFXSGML
            VERSION:102
            SECURITY:NONE
            ENCODING:USASCII
            CHARSET:1252
            COMPRESSION:NONE
            OLDFILEUID:NONE
            NEWFILEUID:NONE

            <OFX>
            <SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS><DTSERVER>20240105120000<LANGUAGE>FRA</SONRS></SIGNONMSGSRSV1>
            <BANKMSGSRSV1><STMTTRNRS><TRNUID>00000000<STATUS><CODE>0<SEVERITY>INFO</STATUS>
            <STMTRS><CURDEF>EUR
            <BANKACCTFROM><BANKID>30004<BRANCHID>01234<ACCTID>00012345678<ACCTTYPE>CHECKING</BANKACCTFROM>
            <BANKTRANLIST><DTSTART>20230101<DTEND>20231231
            <STMTTRN>
            <TRNTYPE>CREDIT
            <DTPOSTED>20230102
            <TRNAMT>30.00
            <FITID>AB12
            <NAME>VIR SEPA COTISATION
            <MEMO>A0012 &amp; A0013
            </STMTTRN>
            <STMTTRN>
            <TRNTYPE>DEBIT
            <DTPOSTED>20230105120000.000[+1:CET]
            <DTAVAIL>20230106
            <TRNAMT>-8,50
            <FITID>AB13
            <NAME>FRAIS TENUE DE COMPTE
            </STMTTRN>
            </BANKTRANLIST>
            <LEDGERBAL><BALAMT>1021.50<DTASOF>20231231</LEDGERBAL>
            <AVAILBAL><BALAMT>999.99<DTASOF>20231231</AVAILBAL>
            </STMTRS></STMTTRNRS></BANKMSGSRSV1>
            </OFX>
            """;

    static final String XML = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>
            <OFX>
              <BANKMSGSRSV1>
                <STMTTRNRS>
                  <STMTRS>
                    <CURDEF>EUR</CURDEF>
                    <BANKACCTFROM>
                      <BANKID>30004</BANKID>
                      <ACCTID>98765432100</ACCTID>
                      <ACCTTYPE>CHECKING</ACCTTYPE>
                    </BANKACCTFROM>
                    <BANKTRANLIST>
                      <STMTTRN>
                        <TRNTYPE>XFER</TRNTYPE>
                        <DTPOSTED>20231228</DTPOSTED>
                        <TRNAMT>-1500.00</TRNAMT>
                        <FITID>X1</FITID>
                        <NAME>VIR VERS LIVRET</NAME>
                        <BANKACCTTO><BANKID>30004</BANKID><ACCTID>11111111111</ACCTID><ACCTTYPE>SAVINGS</ACCTTYPE></BANKACCTTO>
                      </STMTTRN>
                      <STMTTRN>
                        <TRNTYPE>CREDIT</TRNTYPE>
                        <DTPOSTED>20231229</DTPOSTED>
                        <TRNAMT>250.00</TRNAMT>
                        <FITID>X2</FITID>
                        <NAME>Don de l'association « Amis »</NAME>
                      </STMTTRN>
                    </BANKTRANLIST>
                    <LEDGERBAL><BALAMT>4250.00</BALAMT><DTASOF>20231231235959</DTASOF></LEDGERBAL>
                  </STMTRS>
                </STMTTRNRS>
              </BANKMSGSRSV1>
            </OFX>
            """;

    @TempDir
    Path dir;

    private final OfxFileReader reader = new OfxFileReader();

    @Test
    void readsSgmlTransactionsAtTheLineOfTheirStmttrnWithTheAccountAndTheLedgerBalance() throws IOException {
        Recorder sink = read("releve.ofx", SGML, Charset.forName("windows-1252"));

        assertThat(sink.findings).isEmpty();
        assertThat(sink.lines).extracting(BankStatementLine::date, BankStatementLine::amount, BankStatementLine::label)
                .containsExactly(tuple(LocalDate.of(2023, 1, 2), new BigDecimal("30.00"), "VIR SEPA COTISATION A0012 & A0013"),
                        tuple(LocalDate.of(2023, 1, 5), new BigDecimal("-8.50"), "FRAIS TENUE DE COMPTE"));
        assertThat(sink.lines.get(0)).satisfies(line -> {
            assertThat(line.accountId()).isEqualTo("00012345678");
            assertThat(line.transactionId()).isEqualTo("AB12");
            assertThat(line.location()).isEqualTo(new SourceLocation("releve.ofx", null, 17, null));
        });
        assertThat(sink.lines.get(1).valueDate()).isEqualTo(LocalDate.of(2023, 1, 6));
        assertThat(sink.lines.get(1).location().row()).isEqualTo(25);
        assertThat(sink.balances).singleElement().satisfies(balance -> {
            assertThat(balance.amount()).isEqualTo(new BigDecimal("1021.50"));
            assertThat(balance.date()).isEqualTo(LocalDate.of(2023, 12, 31));
            assertThat(balance.timing()).isEqualTo(StatedBalance.Timing.CLOSING);
            assertThat(balance.accountId()).isEqualTo("00012345678");
        });
        assertThat(sink.summary.kinds()).containsExactly(ReadSummary.SourceKind.BANK_STATEMENT);
        assertThat(sink.summary.rowsRead()).isEqualTo(2);
    }

    @Test
    void readsXmlOfx2WithoutTakingTheDestinationAccountForTheStatementOne() throws IOException {
        Recorder sink = read("export.xml", XML, StandardCharsets.UTF_8);

        assertThat(sink.findings).isEmpty();
        assertThat(sink.lines).extracting(BankStatementLine::accountId).containsOnly("98765432100");
        assertThat(sink.lines).extracting(BankStatementLine::amount, BankStatementLine::label)
                .containsExactly(tuple(new BigDecimal("-1500.00"), "VIR VERS LIVRET"),
                        tuple(new BigDecimal("250.00"), "Don de l'association « Amis »"));
        assertThat(sink.lines.get(0).location().row()).isEqualTo(14);
        assertThat(sink.balances).extracting(StatedBalance::amount).containsExactly(new BigDecimal("4250.00"));
    }

    @Test
    void isRecognisedByItsContentWhateverItsName() throws IOException {
        assertThat(reader.accepts(write("telechargement.txt", SGML, StandardCharsets.US_ASCII))).isTrue();
        assertThat(reader.accepts(write("export.xml", XML, StandardCharsets.UTF_8))).isTrue();
        assertThat(reader.accepts(write("releve.csv", "Date;Libellé;Montant\n", StandardCharsets.UTF_8))).isFalse();
    }

    @Test
    void aTransactionWithoutAReadableDateOrAmountIsRejectedAtItsLineAndTheOthersLoad() throws IOException {
        String broken = SGML.replace("<DTPOSTED>20230102", "<DTPOSTED>2023-13-02").replace("<TRNAMT>-8,50", "<TRNAMT>huit");
        Recorder sink = read("releve.ofx", broken + "", StandardCharsets.US_ASCII);

        assertThat(sink.lines).isEmpty();
        assertThat(sink.rejected).extracting(row -> row.location().row()).containsExactly(17, 25);
        assertThat(sink.findings).extracting(Finding::check, finding -> finding.location().column())
                .containsExactly(tuple(CheckId.INVALID_DATE, "DTPOSTED"), tuple(CheckId.INVALID_AMOUNT, "TRNAMT"));
        assertThat(sink.rejected.get(0).rawText()).contains("DTPOSTED=2023-13-02", "FITID=AB12");

        String missing = SGML.replace("<TRNAMT>30.00\n", "");
        Recorder partial = read("releve2.ofx", missing, StandardCharsets.US_ASCII);
        assertThat(partial.lines).hasSize(1);
        assertThat(partial.findings).extracting(Finding::check).containsExactly(CheckId.REQUIRED_VALUE_MISSING);
    }

    @Test
    void aStatementWithoutTransactionsNorBalanceIsEmptyAndAHeaderWithoutBodyUnreadable() throws IOException {
        Recorder empty = read("vide.ofx", "OFXHEADER:100\n<OFX><BANKMSGSRSV1></BANKMSGSRSV1></OFX>\n",
                StandardCharsets.US_ASCII);
        Recorder headerOnly = read("coupe.ofx", "OFXHEADER:100\nDATA:OFXSGML\n", StandardCharsets.US_ASCII);

        assertThat(empty.findings).extracting(Finding::check).containsExactly(CheckId.FILE_EMPTY);
        assertThat(headerOnly.findings).extracting(Finding::check).containsExactly(CheckId.FILE_UNREADABLE);
    }

    @Test
    void amountsAndDatesOfTheOfxNotation() {
        assertThat(OfxFileReader.ofxAmount("-12.5")).contains(new BigDecimal("-12.50"));
        assertThat(OfxFileReader.ofxAmount("+1200,00")).contains(new BigDecimal("1200.00"));
        assertThat(OfxFileReader.ofxAmount("3.1400")).contains(new BigDecimal("3.14"));
        assertThat(OfxFileReader.ofxAmount("3.141")).isEmpty();
        assertThat(OfxFileReader.ofxAmount("1 200.00")).isEmpty();
        assertThat(OfxFileReader.ofxDate("20231231235959.000[-5:EST]")).contains(LocalDate.of(2023, 12, 31));
        assertThat(OfxFileReader.ofxDate("20230230")).isEmpty();
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.writeString(dir.resolve(name), text, charset);
    }

    private Recorder read(String name, String text, Charset charset) throws IOException {
        Path file = write(name, text, charset);
        Recorder sink = new Recorder();
        assertThat(reader.accepts(file)).isTrue();
        sink.summary = reader.read(file, name, 2023, AssociationConfig.minimal("Test", MonthDay.of(1, 1)), sink);
        return sink;
    }

    private static final class Recorder implements RowSink {
        final List<BankStatementLine> lines = new ArrayList<>();
        final List<StatedBalance> balances = new ArrayList<>();
        final List<RejectedRow> rejected = new ArrayList<>();
        final List<Finding> findings = new ArrayList<>();
        ReadSummary summary;

        @Override
        public void fecLine(FecLine line) {
            throw new AssertionError("no FEC line in an OFX statement");
        }

        @Override
        public void member(Member member) {
            throw new AssertionError();
        }

        @Override
        public void activity(Activity activity) {
            throw new AssertionError();
        }

        @Override
        public void volunteerEntry(VolunteerEntry entry) {
            throw new AssertionError();
        }

        @Override
        public void bankLine(BankStatementLine line) {
            lines.add(line);
        }

        @Override
        public void statedBalance(StatedBalance balance) {
            balances.add(balance);
        }

        @Override
        public void rejected(RejectedRow row) {
            rejected.add(row);
        }

        @Override
        public void finding(Finding finding) {
            findings.add(finding);
        }
    }
}
