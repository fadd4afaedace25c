package org.cloture.statements;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The old → new account table of a layout, read from a reviewed resource file
 * ({@code statements/anc-2018-06-to-2025.yml}). One table serves twice: a year presented in the new layout
 * that still uses an account with its former meaning gets a finding naming the account to use, and its
 * amount is placed on the line of that account; and the previous year, kept in the old layout, is restated
 * account by account into the new one for the comparative column.
 */
public record AccountRenumbering(List<Rule> rules) {

    public static final AccountRenumbering NONE = new AccountRenumbering(List.of());

    /**
     * One row of the table.
     *
     * @param oldPrefix   the account (prefix) with its former meaning; the longest matching prefix wins
     * @param newAccount  the account that replaces it: its line is where the amount goes
     * @param oldMeaning  what the old account held, in French (for the finding and the annexe)
     * @param use         what to use instead, in French ("le compte 747" or a choice for the treasurer)
     * @param restateOnly true when the old number still exists with another meaning in the new chart (757,
     *                    652): only the comparative column is renumbered, a current year is not flagged
     * @param fallback    true when the new account is a default, not a mechanical equivalent (791): the
     *                    treasurer should choose, and the annexe says the default was used
     */
    public record Rule(String oldPrefix, String newAccount, String oldMeaning, String use, boolean restateOnly,
                       boolean fallback) {

        /**
         * The account renumbered: the new number followed by what the old one had after its prefix (777100 →
         * 747100), cut back to the old length when only zeros would overflow it (791000 → 758800).
         */
        public String renumber(String account) {
            String renumbered = newAccount + account.substring(oldPrefix.length());
            int length = Math.max(account.length(), newAccount.length());
            if (renumbered.length() > length && renumbered.substring(length).chars().allMatch(c -> c == '0')) {
                return renumbered.substring(0, length);
            }
            return renumbered;
        }
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The rule restating {@code account} of a year in the old layout, if any. */
    public Optional<Rule> forComparative(String account) {
        return PrefixMatcher.longest(account, rules, rule -> List.of(rule.oldPrefix()));
    }

    /** The rule of an account that a year in the new layout uses with its former meaning, if any. */
    public Optional<Rule> forCurrentYear(String account) {
        return forComparative(account).filter(rule -> !rule.restateOnly());
    }

    static AccountRenumbering fromClasspath(String resource) {
        Map<String, Object> root = StatementLayoutLoader.yaml(resource);
        return new AccountRenumbering(StatementLayoutLoader.list(root.get("accounts")).stream().map(node -> {
            Map<String, Object> row = StatementLayoutLoader.map(node);
            String newAccount = StatementLayoutLoader.text(row, "new");
            Object use = row.get("use");
            return new Rule(StatementLayoutLoader.text(row, "old"), newAccount,
                    StatementLayoutLoader.text(row, "meaning"), use == null ? "le compte " + newAccount : use.toString(),
                    Boolean.TRUE.equals(row.get("restateOnly")), Boolean.TRUE.equals(row.get("fallback")));
        }).toList());
    }
}
