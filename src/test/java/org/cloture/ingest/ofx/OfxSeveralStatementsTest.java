package org.cloture.ingest.ofx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;

import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.config.AssociationConfig;
import org.cloture.ingest.CollectingRowSink;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One OFX download holding several statements (a current account and a savings account, as Banque Populaire
 * delivers them), one of them empty with empty ACCTID and BALAMT: each statement keeps its account, and the empty
 * one is information, never a blocking finding.
 */
class OfxSeveralStatementsTest {

    private static final AssociationConfig CONFIG = AssociationConfig.minimal("Test", MonthDay.of(1, 1));

    @TempDir
    Path folder;

    @Test
    void eachStatementKeepsItsAccountAndAnEmptyOneIsInformation() throws IOException {
        String ofx = """
                OFXHEADER:100\r
                DATA:OFXSGML\r
                VERSION:102\r
                CHARSET:1252\r
                \r
                <OFX>\r
                <BANKMSGSRSV1>\r
                <STMTTRNRS><TRNUID>1<STMTRS><CURDEF>EUR\r
                <BANKACCTFROM><BANKID>10907</BANKID><ACCTID>11111111111</ACCTID><ACCTTYPE>CHECKING</BANKACCTFROM>\r
                <BANKTRANLIST><DTSTART>20240101<DTEND>20240131\r
                <STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20240105<TRNAMT>+1437.00<FITID>A1<NAME>VIR SUBVENTION\r
                </STMTTRN>\r
                <STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20240108<TRNAMT>-12.50<FITID>A2<NAME>130724 CB****9630<MEMO>BOULANGERIE 12,50EUR\r
                </STMTTRN>\r
                </BANKTRANLIST>\r
                <LEDGERBAL><BALAMT>2518.81<DTASOF>20240131</LEDGERBAL>\r
                </STMTRS></STMTTRNRS>\r
                <STMTTRNRS><TRNUID>\r
                <STMTRS><CURDEF>EUR\r
                <BANKACCTFROM><BANKID>10907</BANKID><ACCTID></ACCTID><ACCTTYPE>SAVINGS</BANKACCTFROM>\r
                <BANKTRANLIST><DTSTART>20240101<DTEND>20240131\r
                </BANKTRANLIST>\r
                <LEDGERBAL><BALAMT>\r
                <DTASOF>20240131</LEDGERBAL>\r
                </STMTRS></STMTTRNRS>\r
                </BANKMSGSRSV1>\r
                </OFX>\r
                """;
        Path file = folder.resolve("46297554894_01012024_31012024.ofx");
        Files.writeString(file, ofx, StandardCharsets.US_ASCII);
        CollectingRowSink sink = new CollectingRowSink();

        new OfxFileReader().read(file, "releve.ofx", 2024, CONFIG, sink);

        assertThat(sink.bankLines).extracting(BankStatementLine::accountId, line -> line.amount().toPlainString())
                .containsExactly(tuple("11111111111", "1437.00"), tuple("11111111111", "-12.50"));
        assertThat(sink.statedBalances).extracting(StatedBalance::accountId, balance -> balance.amount().toPlainString())
                .containsExactly(tuple("11111111111", "2518.81"));
        assertThat(sink.findings).extracting(Finding::check).containsExactly(CheckId.BANK_STATEMENT_EMPTY);
        assertThat(sink.findings).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(sink.rejected).isEmpty();
    }
}
