package org.cloture.statements.annex;

import java.math.BigDecimal;

/**
 * One receivable or debt: an account (and auxiliary account) with its positive amount and the bilan line
 * it is part of. {@code auxiliaryLabel} (CompAuxLib) may name a natural person: it goes to the
 * treasurer's workbook only, never to the board's PDF or the JSON.
 */
public record BalanceDetailRow(String lineCode, String lineLabel, String account, String accountLabel,
                               String auxiliary, String auxiliaryLabel, BigDecimal amount) {
}
