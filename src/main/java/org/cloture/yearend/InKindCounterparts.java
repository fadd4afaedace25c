package org.cloture.yearend;

/**
 * The resource account (87x) that balances a use (86x) of contributions in kind declared outside the
 * ledger: secours → dons en nature, mises à disposition and prestations → prestations en nature,
 * personnel bénévole → bénévolat.
 */
final class InKindCounterparts {

    private InKindCounterparts() {
    }

    static String resourceFor(String useAccount) {
        if (useAccount.startsWith("860")) {
            return "870";
        }
        if (useAccount.startsWith("864")) {
            return "875";
        }
        return "871";
    }
}
