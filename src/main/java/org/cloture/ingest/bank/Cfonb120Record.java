package org.cloture.ingest.bank;

/**
 * One 120-character record of a CFONB 120 statement (« relevé de compte », the French banks' standard), by its
 * fixed positions (1-based in the standard, 0-based here):
 * <pre>
 *   1–2   record code: 01 old balance, 04 operation, 05 operation complement, 07 new balance
 *   3–7   bank code          12–16 branch code        17–19 currency    20 number of decimals
 *   22–32 account number     33–34 interbank operation code (04)
 *   35–40 date DDMMYY (01/07: balance date; 04: booking date)          43–48 value date DDMMYY (04)
 *   49–79 label (04)         46–48 complement qualifier and 49–118 its text (05)
 *   82–88 entry number (04)  91–104 amount, its last character signed (overpunch)   105–120 reference (04)
 * </pre>
 */
record Cfonb120Record(String line) {

    static final int LENGTH = 120;

    String code() {
        return field(1, 2);
    }

    String bank() {
        return field(3, 7);
    }

    String branch() {
        return field(12, 16);
    }

    String currency() {
        return field(17, 19);
    }

    String decimals() {
        return field(20, 20);
    }

    String account() {
        return field(22, 32);
    }

    /** Bank, branch and account: the same account number can be held at two banks of one file. */
    String accountId() {
        return (bank().strip() + " " + branch().strip() + " " + account().strip()).strip();
    }

    String date() {
        return field(35, 40);
    }

    String valueDate() {
        return field(43, 48);
    }

    String label() {
        return field(49, 79);
    }

    String complementQualifier() {
        return field(46, 48);
    }

    String complementText() {
        return field(49, 118);
    }

    String entryNumber() {
        return field(82, 88);
    }

    String amount() {
        return field(91, 104);
    }

    String reference() {
        return field(105, 120);
    }

    /** Positions as the standard numbers them, 1-based and inclusive. */
    private String field(int from, int to) {
        return line.substring(from - 1, to);
    }
}
