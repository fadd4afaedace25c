package org.cloture.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A HelloAsso « paiements » export dropped beside the demo's FEC and bank statement: its payouts are looked for on
 * the statement and in 512, its ticketing total against 706, through the store (platform_total) and `check`.
 */
class HelloAssoReconciliationFunctionalTests {

    @TempDir
    Path work;

    @Test
    void aPayoutOnTheBankIsFineAndOneMissingIsAWarningAtItsHelloAssoRow() throws IOException {
        Path input = CliRunner.copyDemoInput(work);
        // Row 2 is paid out on 18/02, two days before the 420,00 € the demo's statement and 512 show on 20/02;
        // row 3's payout of 37,00 € is on neither.
        Files.writeString(input.resolve("2023/export-paiements.csv"), "\uFEFF"
                + "Référence commande;Référence paiement;Montant total;Date du paiement;Statut du paiement;Versé;"
                + "Date du versement;Nom payeur;Prénom payeur;Email payeur;Campagne;Type de campagne;Montant du tarif;"
                + "Montant des options;Don supplémentaire;Montant du code promo;Moyen de paiement\r\n"
                + "9001;7001;420,00;14/02/2023 10:12:00;Payé;Oui;18/02/2023;Durand;Paul;p@example.org;"
                + "Formation subventions;Billetterie;420,00;;;;Carte bancaire\r\n"
                + "9002;7002;37,00;05/06/2023 18:23;Payé;Oui;09/06/2023;Petit;Léa;l@example.org;"
                + "Concert d'été;Billetterie;37,00;;;;Carte bancaire\r\n", StandardCharsets.UTF_8);

        CliRunner.Result result = CliRunner.run(work, "check", "--year", "2023");

        assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ClotureCli.DONE);
        assertThat(result.out()).contains("export-paiements.csv", "Versement HelloAsso du 09/06/2023")
                .doesNotContain("Versement HelloAsso du 18/02/2023");
        String json = Files.readString(work.resolve("reports/2023/chiffres-cles-2023.json"));
        assertThat(json).contains("\"id\" : \"HELLOASSO_PAYOUT_UNMATCHED\"", "\"source\" : \"export-paiements.csv:3\"",
                "\"id\" : \"HELLOASSO_INCOME_BELOW_ACCOUNTS\"");
    }
}
