package org.cloture.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cloture.ingest.cells.Texts;
import org.cloture.ingest.fec.FecLineStream;

/**
 * What a header row of a ledger sheet is: the 18 columns of a FEC, or the hand-kept journal
 * {@code Date, Journal, Pièce, Compte, Libellé, Débit, Crédit} (fec.md §6) with the index of each column.
 * Date, Journal, Compte, Débit and Crédit must all be there: with fewer, a register (the actions
 * sheet has a Date and a Compte too) could be taken for a ledger.
 */
record LedgerSheetLayout(Kind kind, List<String> headers, int date, int journal, int piece, int account, int label,
                         int debit, int credit) {

    enum Kind { FEC, JOURNAL }

    /** Title rows may sit above the header: it is looked for in the first rows only, to stay cheap. */
    static final int HEADER_SEARCH_ROWS = 20;

    private static final List<String> DATE = List.of("date", "dateecriture", "datedoperation", "ecrituredate");
    private static final List<String> JOURNAL = List.of("journal", "codejournal", "jnl", "journalcode");
    private static final List<String> PIECE = List.of("piece", "npiece", "nopiece", "numeropiece", "pieceref",
            "reference", "ref");
    private static final List<String> ACCOUNT = List.of("compte", "ncompte", "nocompte", "numerocompte", "comptenum",
            "comptegeneral");
    private static final List<String> LABEL = List.of("libelle", "ecriturelib", "intitule", "designation");
    private static final List<String> DEBIT = List.of("debit");
    private static final List<String> CREDIT = List.of("credit");

    static Optional<LedgerSheetLayout> of(String[] cells) {
        List<String> headers = Arrays.stream(cells).map(c -> c == null ? "" : c.strip()).toList();
        if (FecLineStream.isFecHeader(headers)) {
            return Optional.of(new LedgerSheetLayout(Kind.FEC, headers, -1, -1, -1, -1, -1, -1, -1));
        }
        List<String> keys = headers.stream().map(Texts::key).toList();
        int date = indexOf(keys, DATE);
        int journal = indexOf(keys, JOURNAL);
        int account = indexOf(keys, ACCOUNT);
        int debit = indexOf(keys, DEBIT);
        int credit = indexOf(keys, CREDIT);
        if (date < 0 || journal < 0 || account < 0 || debit < 0 || credit < 0) {
            return Optional.empty();
        }
        return Optional.of(new LedgerSheetLayout(Kind.JOURNAL, headers, date, journal, indexOf(keys, PIECE), account,
                indexOf(keys, LABEL), debit, credit));
    }

    /** The header as the user wrote it, for findings. */
    String name(int column) {
        return column >= 0 && column < headers.size() ? headers.get(column) : null;
    }

    private static int indexOf(List<String> keys, List<String> synonyms) {
        for (int i = 0; i < keys.size(); i++) {
            if (synonyms.contains(keys.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
