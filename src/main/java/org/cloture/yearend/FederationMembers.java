package org.cloture.yearend;

import org.cloture.source.Severity;
import org.cloture.source.SourceLocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cloture.config.AssociationConfig;
import org.cloture.figures.NetworkFigures;
import org.cloture.figures.NetworkFiguresCalculator;
import org.cloture.figures.YearInputs;
import org.cloture.ingest.MemberFolders;
import org.cloture.ingest.RejectedRow;
import org.cloture.ledger.TrialBalance;
import org.cloture.money.FrenchFormat;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.statements.StatementEngine;
import org.cloture.statements.Statements;
import org.cloture.store.LedgerQueries;
import org.cloture.store.LoadedFileQueries;
import org.cloture.store.RegisterQueries;

/**
 * What a year-end run does for the member associations of a federation, beside the federation's own
 * closing (which never reads their rows): the findings stored with their files, the balance of their FECs,
 * and the network figures. Per-member reconciliations are out of scope. For an association that is not a
 * federation, every method returns nothing.
 */
final class FederationMembers {

    private final LedgerQueries ledgerQueries;
    private final RegisterQueries registerQueries;
    private final LoadedFileQueries fileQueries;
    private final StatementEngine engine;
    private final AssociationConfig config;
    private final int year;

    FederationMembers(LedgerQueries ledgerQueries, RegisterQueries registerQueries, LoadedFileQueries fileQueries,
                      StatementEngine engine, AssociationConfig config, int year) {
        this.ledgerQueries = ledgerQueries;
        this.registerQueries = registerQueries;
        this.fileQueries = fileQueries;
        this.engine = engine;
        this.config = config;
        this.year = year;
    }

    /** The members of the federation whose folder has loaded files, in the order of association.yml. */
    private List<String> withFiles() {
        if (!config.isFederation()) {
            return List.of();
        }
        List<String> loaded = fileQueries.memberIdsWithFiles(year);
        return config.federation().members().stream().map(AssociationConfig.MemberAssociation::id)
                .filter(loaded::contains).toList();
    }

    /** The findings recorded when the members' files were read (their locations show the member folder). */
    List<Finding> fileFindings() {
        List<Finding> findings = new ArrayList<>();
        withFiles().forEach(member -> findings.addAll(fileQueries.fileFindings(year, member)));
        return findings;
    }

    /**
     * The FEC balance checks of each member, as for the association's own FEC: entries that do not balance,
     * a ledger whose totals differ; and a member that sent files but no FEC.
     */
    List<Finding> ledgerChecks() {
        List<Finding> findings = new ArrayList<>();
        for (String member : withFiles()) {
            TrialBalance ledger = ledgerQueries.trialBalance(year, member);
            if (ledger.isEmpty()) {
                findings.add(Finding.of(CheckId.SOURCE_MISSING, MemberFolders.folderLocation(member), null, year,
                        "FEC du membre « " + member + " »"));
                continue;
            }
            for (LedgerQueries.UnbalancedEntry entry : ledgerQueries.unbalancedEntries(year, member)) {
                String key = entry.journalCode() + " " + entry.entryNum();
                findings.add(Finding.of(CheckId.FEC_UNBALANCED_ENTRY, entry.firstLine(), key, key,
                        FrenchFormat.amount(entry.debit()), FrenchFormat.amount(entry.credit())));
            }
            if (ledger.totalDebit().compareTo(ledger.totalCredit()) != 0) {
                findings.add(Finding.of(CheckId.FEC_UNBALANCED_FILE, MemberFolders.folderLocation(member), null,
                        FrenchFormat.amount(ledger.totalDebit()), FrenchFormat.amount(ledger.totalCredit())));
            }
        }
        return findings;
    }

    /** What the statements of the members' accounts found (unmapped accounts…), filled by {@link #figures()}. */
    private final List<Finding> statementFindings = new ArrayList<>();

    List<Finding> statementFindings() {
        return List.copyOf(statementFindings);
    }

    /** The network figures of the year; null for an association that is not a federation. */
    NetworkFigures figures() {
        if (!config.isFederation()) {
            return null;
        }
        Map<String, YearInputs> inputs = new LinkedHashMap<>();
        for (String member : withFiles()) {
            TrialBalance ledger = ledgerQueries.trialBalance(year, member);
            Statements statements = ledger.isEmpty() ? null : engine.compute(ledger, null, List.of(), List.of());
            if (statements != null) {
                // An unmapped account would silently leave the member's totals: say so, naming the member.
                // A member's accounts do not make the federation's own report provisional: a warning at most.
                statements.findings().forEach(finding -> statementFindings.add(new Finding(finding.check(),
                        finding.isBlocking() ? Severity.WARNING : finding.severity(), "Membre « " + member + " » : " + finding.message(), finding.hint(),
                        finding.location() == null ? SourceLocation.ofFile(year + "/" + member + "/")
                                : finding.location(), finding.value(), finding.related())));
            }
            inputs.put(member, new YearInputs(year, config.fiscalYearStartOf(year), config.fiscalYearEndOf(year),
                    registerQueries.members(year, member), registerQueries.activities(year, member),
                    registerQueries.volunteerHours(year, member),
                    null, null, statements == null ? null : statements.incomeStatement(),
                    ledger.isEmpty() ? null : ledger));
        }
        return NetworkFiguresCalculator.compute(year, config.federation(), inputs);
    }

    /** The members' loaded files, for the controls workbook and the console. */
    List<LoadedFileQueries.LoadedFile> loadedFiles() {
        List<LoadedFileQueries.LoadedFile> files = new ArrayList<>();
        withFiles().forEach(member -> files.addAll(fileQueries.loadedFiles(year, member)));
        return files;
    }

    /** The rows of the members' files that could not be loaded. */
    List<RejectedRow> rejectedRows() {
        List<RejectedRow> rows = new ArrayList<>();
        withFiles().forEach(member -> rows.addAll(fileQueries.rejectedRows(year, member)));
        return rows;
    }
}
