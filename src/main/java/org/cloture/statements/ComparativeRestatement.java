package org.cloture.statements;

import java.math.BigDecimal;
import java.util.List;

/**
 * How the comparative column of the first year presented in a new layout was restated: the annexe prints
 * it. Each move is one account of the previous year renumbered by the layout's old → new table; the totals
 * of income and expenses and the result are unchanged (class 6 stays class 6, class 7 stays class 7).
 *
 * @param previousYear  the year of the comparative column
 * @param fromTitle     the presentation the previous year was kept in
 * @param toTitle       the presentation of the year, which the comparative column now follows
 * @param fromPublished true when the comparative column comes from published statements: it could not be
 *                      restated account by account (no move then)
 */
public record ComparativeRestatement(int previousYear, String fromTitle, String toTitle, boolean fromPublished,
                                     List<Move> moves) {

    public ComparativeRestatement {
        moves = List.copyOf(moves);
    }

    /**
     * One account of the previous year and where it went.
     *
     * @param amount   the account's amount as the statement shows it (income credit positive, expense debit
     *                 positive)
     * @param fallback true when the new account is a default rather than an equivalent (791)
     */
    public record Move(String oldAccount, String label, String oldMeaning, String newAccount, String oldLine,
                       String newLine, BigDecimal amount, boolean fallback) {

        /** True when the amount changed line, not only number. */
        public boolean changesLine() {
            return !oldLine.equals(newLine);
        }
    }

    /** The French paragraph of the annexe: what was done to the comparative column, and why. */
    public String summary() {
        if (fromPublished) {
            return "Les comptes de l'exercice " + (previousYear + 1) + " sont présentés selon le " + lowerFirst(toTitle)
                    + ". La colonne " + previousYear + " reprend les comptes publiés selon l'ancienne présentation ("
                    + lowerFirst(fromTitle) + ") : sans le FEC de " + previousYear
                    + ", elle n'a pas pu être retraitée compte par compte.";
        }
        long moved = moves.stream().filter(Move::changesLine).count();
        return "Les comptes de l'exercice " + (previousYear + 1) + " sont présentés selon le " + lowerFirst(toTitle)
                + ". Les chiffres de l'exercice " + previousYear + ", établis selon le " + lowerFirst(fromTitle)
                + ", ont été retraités dans la nouvelle présentation pour rester comparables : chaque compte dont le "
                + "numéro ou le sens a changé est renuméroté selon la table de correspondance (par exemple 777 → 747), "
                + "sans modifier le total des produits, le total des charges ni le résultat. " + moves.size()
                + " compte(s) renuméroté(s), dont " + moved + " changent de ligne.";
    }

    private static String lowerFirst(String text) {
        return text.startsWith("Règlement") ? "r" + text.substring(1) : text;
    }
}
