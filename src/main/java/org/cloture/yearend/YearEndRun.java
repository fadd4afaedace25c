package org.cloture.yearend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cloture.ingest.ReadSummary;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.cloture.activity.Activity;
import org.cloture.config.AssociationConfig;
import org.cloture.config.AssociationConfigLoader;
import org.cloture.figures.BoardOfficer;
import org.cloture.figures.IncomeShare;
import org.cloture.figures.KeyFigures;
import org.cloture.figures.KeyFiguresCalculator;
import org.cloture.figures.NetworkFigures;
import org.cloture.figures.YearInputs;
import org.cloture.ingest.DropFolderIngest;
import org.cloture.ingest.PublishedStatementsReader;
import org.cloture.ingest.RegisterFileReader;
import org.cloture.programme.ComingYear;
import org.cloture.programme.ComingYearPlan;
import org.cloture.programme.PlannedAction;
import org.cloture.programme.PlanningChecks;
import org.cloture.programme.ProgrammeSources;
import org.cloture.report.narrative.NarrativeReader;
import org.cloture.report.pdf.ProgrammePdf;
import org.cloture.statements.IncomeStatement;
import org.cloture.statements.budget.BudgetBalance;
import org.cloture.statements.budget.BudgetComparison;
import org.cloture.statements.budget.BudgetLayout;
import org.cloture.statements.budget.BudgetPosts;
import org.cloture.statements.budget.PlacedBudget;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.cloture.ledger.FiscalYearFit;
import org.cloture.banking.BankStatementLine;
import org.cloture.banking.StatedBalance;
import org.cloture.ledger.LedgerLine;
import org.cloture.ledger.OpeningEntries;
import org.cloture.ledger.YearContinuity;
import org.cloture.membership.Member;
import org.cloture.money.Amounts;
import org.cloture.money.FrenchFormat;
import org.cloture.reconcile.ActivityChecks;
import org.cloture.reconcile.ActivityIncomeReconciliation;
import org.cloture.reconcile.BankReconciliation;
import org.cloture.reconcile.HelloAssoReconciliation;
import org.cloture.platform.PlatformTotal;
import org.cloture.reconcile.FeeMatching;
import org.cloture.reconcile.MemberChecks;
import org.cloture.reconcile.VolunteerHoursChecks;
import org.cloture.reconcile.FeeReconciliation;
import org.cloture.reconcile.VolunteerReconciliation;
import org.cloture.report.AtomicFiles;
import org.cloture.report.OutputFiles;
import org.cloture.report.PdfRenderer;
import org.cloture.report.ReportModel;
import org.cloture.report.json.KeyFiguresJson;
import org.cloture.report.json.NetworkJson;
import org.cloture.report.xlsx.NetworkWorkbook;
import org.cloture.report.xlsx.ControlsWorkbook;
import org.cloture.report.xlsx.StatementsWorkbook;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.Findings;
import org.cloture.source.Severity;
import org.cloture.source.CheckGuard;
import org.cloture.source.SourceLocation;
import org.cloture.statements.StatementChecks;
import org.cloture.statements.StatementEngine;
import org.cloture.statements.StatementLayouts;
import org.cloture.statements.Statements;
import org.cloture.statements.annex.Annex;
import org.cloture.statements.annex.AnnexBuilder;
import org.cloture.statements.annex.MovementCollector;
import org.cloture.statements.evolution.YearSummaries;
import org.cloture.statements.evolution.YearSummary;
import org.cloture.store.JdbcStagingStore;
import org.cloture.store.LedgerQueries;
import org.cloture.store.LoadedFileQueries;
import org.cloture.store.RegisterQueries;
import org.cloture.volunteering.VolunteerEntry;

/**
 * One year-end run: the stages in their order, each a call to the plain-Java function of its package,
 * with what they produced kept for the next. The batch job calls one method per step.
 */
public class YearEndRun {

    private final YearEndRequest request;
    private final LedgerQueries ledgerQueries;
    private final RegisterQueries registerQueries;
    private final LoadedFileQueries fileQueries;
    private final DropFolderIngest ingest;
    /** The presentation of each year, chosen by its opening date (ANC 2018-06 before 2025, amended after). */
    private final StatementLayouts layouts;
    private final PdfRenderer pdf;

    private final Findings findings = new Findings();
    /** Turns an exception in one check, output or section into a CHECK_FAILED finding; the run goes on. */
    private final CheckGuard guard;
    private AssociationConfig config;
    private TrialBalance ledger;
    private TrialBalance previousLedger;
    /** The statements published for N-1, when N-1 has no ledger here (its first year with Clôture). */
    private PublishedStatementsReader.Published publishedPrevious;
    private Statements statements;
    private KeyFigures keyFigures;
    private KeyFigures previousKeyFigures;
    /** The key figures of every available year up to this one, oldest first. */
    private List<KeyFigures> series = List.of();
    private final java.util.Map<Integer, Optional<PastYear>> pastYears = new java.util.HashMap<>();
    private OutputFiles outputs;
    /** The coming year's programme and budget (null before the programme stage). */
    private ComingYear comingYear;
    /** The programme PDF written by this run, null when none. */
    private java.nio.file.Path programmeFile;
    private Annex annex;
    /** Filled by the ledger stage from the year's key lines, for the annexe stage. */
    private MovementCollector movements;
    /** The year's opening entries (journal + number), whatever their journal: never a bank operation. */
    private java.util.Set<String> openingEntries = java.util.Set.of();
    private List<YearSummary> evolution = List.of();
    /** Year folders of input/ up to the year, oldest first: the years of the evolution table. */
    private List<Integer> years = List.of();
    /** A federation's network figures; null for another association. */
    private NetworkFigures network;

    public YearEndRun(YearEndRequest request, JdbcStagingStore store, DropFolderIngest ingest,
                      StatementLayouts layouts, PdfRenderer pdf) {
        this(request, store, ingest, layouts, pdf, CheckGuard.FailureInjection.fromSystemProperty());
    }

    /** A run whose guarded checks first ask {@code injection} (tests make one of them fail). */
    public YearEndRun(YearEndRequest request, JdbcStagingStore store, DropFolderIngest ingest,
                      StatementLayouts layouts, PdfRenderer pdf, CheckGuard.FailureInjection injection) {
        this.guard = new CheckGuard(findings, injection);
        this.request = request;
        this.ledgerQueries = store.ledger();
        this.registerQueries = store.registers();
        this.fileQueries = store.files();
        this.ingest = ingest;
        this.layouts = layouts;
        this.pdf = pdf;
    }

    /** Stage 1: association.yml, then the year folder and the previous one. */
    public void ingest() {
        config = guard.get("ingest", "config", "Lecture d'association.yml",
                SourceLocation.ofFile(AssociationConfigLoader.FILE_NAME), () -> {
                    AssociationConfigLoader.Loaded loaded = AssociationConfigLoader.load(request.inputRoot());
                    findings.addAll(loaded.findings());
                    return loaded.config();
                }).orElseGet(() -> AssociationConfig.minimal("Association", java.time.MonthDay.of(1, 1)));
        int year = request.year();
        guarded("ingest", "year-folder", "Chargement des fichiers de l'exercice " + year, () -> {
            // A federation's members are closed each on its own (MemberClosing); only its own files load here.
            DropFolderIngest.YearIngest current = ingest.ingestYear(request.inputRoot(), year, config, false);
            if (!current.folderExists()) {
                findings.add(CheckId.YEAR_FOLDER_MISSING, SourceLocation.ofFile(request.inputRoot().toString()),
                        null, year, request.inputRoot());
            }
            findings.addAll(current.runFindings());
        });
        guarded("ingest", "file-findings", "Relecture des constats des fichiers de " + year,
                () -> findings.addAll(fileQueries.fileFindings(year)));
        years = yearFolders(year);
        for (int older : years) {
            if (older < year) {
                // A past year's file problems are not this closing's findings: its figures say "non disponible".
                guarded("ingest", "year-folder-" + older, "Chargement des fichiers de l'exercice " + older,
                        () -> ingest.ingestYear(request.inputRoot(), older, config, false));
            }
        }
        if (!years.contains(year - 1)) {
            guarded("ingest", "year-folder-" + (year - 1), "Chargement des fichiers de l'exercice " + (year - 1),
                    () -> ingest.ingestYear(request.inputRoot(), year - 1, config, false));
        }
    }

    /** Runs one check of a stage; a failure is a CHECK_FAILED finding on the year folder. */
    private boolean guarded(String stage, String check, String label, Runnable action) {
        return guard.run(stage, check, label, SourceLocation.ofFile(request.year() + "/"), action);
    }

    /** The same for a result, {@code fallback} when the check failed. */
    private <T> T guarded(String stage, String check, String label, java.util.function.Supplier<T> action,
                          T fallback) {
        return guard.get(stage, check, label, SourceLocation.ofFile(request.year() + "/"), action).orElse(fallback);
    }

    private List<Integer> yearFolders(int upTo) {
        try (var folders = java.nio.file.Files.list(request.inputRoot())) {
            return folders.filter(java.nio.file.Files::isDirectory).map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}")).map(Integer::valueOf).filter(found -> found <= upTo)
                    .sorted().toList();
        } catch (IOException e) {
            return List.of(upTo);
        }
    }

    /** Stage 2: the trial balances of the year and of the previous year. */
    public void ledger() {
        int year = request.year();
        previousLedger = guarded("ledger", "previous-trial-balance", "Balance de l'exercice " + (year - 1),
                () -> trialBalanceOf(year - 1), null);
        // The totals and the few key lines were kept as the files loaded: no line of the year is read back.
        LocalDate firstDay = config.fiscalYearStartOf(year);
        movements = new MovementCollector(firstDay);
        List<LedgerLine> derivedOpening = guarded("ledger", "opening-entries", "Contrôle des à-nouveaux", () -> {
            List<LedgerLine> openingCandidates = new ArrayList<>();
            ledgerQueries.forEachKeyLine(year, line -> {
                movements.accept(line);
                if (OpeningEntries.mayBeOpening(line, firstDay)) {
                    openingCandidates.add(line);
                }
            });
            // The opening of N is checked against the closing of N-1, or derived from it when N has none.
            openingEntries = OpeningEntries.entryKeys(openingCandidates, firstDay);
            YearContinuity.Outcome continuity = YearContinuity.check(openingCandidates, previousLedger, firstDay,
                    year);
            findings.addAll(continuity.findings());
            return List.copyOf(continuity.derivedOpening());
        }, List.of());
        ledger = guarded("ledger", "trial-balance", "Balance générale de l'exercice " + year,
                () -> ledgerQueries.trialBalance(year).plus(derivedOpening), TrialBalance.of(List.of()));
        if (ledger.isEmpty()) {
            findings.add(CheckId.LEDGER_MISSING, SourceLocation.ofFile(year + "/"), null, year, year);
        }
        guarded("ledger", "fiscal-year-fit", "Dates du FEC et début d'exercice d'association.yml", () -> {
            LocalDate[] dates = ledgerQueries.entryDateRange(year);
            FiscalYearFit.check(dates[0], dates[1], config.fiscalYearStart(), firstDay, config.fiscalYearEndOf(year),
                    year).ifPresent(findings::add);
        });
        guarded("ledger", "unbalanced-entries", "Contrôle de l'équilibre des écritures", () -> {
            for (LedgerQueries.UnbalancedEntry entry : ledgerQueries.unbalancedEntries(year)) {
                String key = entry.journalCode() + " " + entry.entryNum();
                findings.add(CheckId.FEC_UNBALANCED_ENTRY, entry.firstLine(), key, key,
                        FrenchFormat.amount(entry.debit()), FrenchFormat.amount(entry.credit()));
            }
            if (ledger.totalDebit().compareTo(ledger.totalCredit()) != 0) {
                findings.add(CheckId.FEC_UNBALANCED_FILE, SourceLocation.ofFile(year + "/"), null,
                        FrenchFormat.amount(ledger.totalDebit()), FrenchFormat.amount(ledger.totalCredit()));
            }
        });
        if (previousLedger == null) {
            guarded("ledger", "previous-year", "Colonne N-1 (exercice " + (year - 1) + ")", () -> {
                publishedPrevious = PublishedStatementsReader.locate(request.inputRoot(), year - 1)
                        .map(file -> PublishedStatementsReader.read(file, engineOf(year - 1).lineCodes()))
                        .orElse(null);
                if (publishedPrevious != null) {
                    findings.addAll(publishedPrevious.findings());
                    findings.add(CheckId.PREVIOUS_YEAR_PUBLISHED, SourceLocation.ofFile((year - 1) + "/"), null,
                            year - 1, PublishedStatementsReader.FILE_NAME, year - 1);
                } else {
                    findings.add(CheckId.PREVIOUS_YEAR_MISSING, SourceLocation.ofFile((year - 1) + "/"), null,
                            year - 1, year - 1);
                }
            });
        }
    }

    /** The engine of the presentation in force for a year, by the opening date of its fiscal year. */
    private StatementEngine engineOf(int year) {
        return layouts.forFiscalYearStart(config.fiscalYearStartOf(year));
    }

    /** A year before this one with its accounts: its trial balance and its statements in its own presentation. */
    private record PastYear(TrialBalance ledger, Statements statements) {
    }

    /**
     * A past year's accounts, computed once for both the annexe's evolution and the figures' series; empty
     * when the year has no ledger.
     */
    private Optional<PastYear> pastYear(int year) {
        return pastYears.computeIfAbsent(year, past -> Optional.ofNullable(trialBalanceOf(past)).map(balance ->
                new PastYear(balance, engineOf(past).compute(balance, null, inKindNotBooked(past, balance), List.of()))));
    }

    /** A year's trial balance, summed by the store; null when the year has no ledger. */
    private TrialBalance trialBalanceOf(int year) {
        TrialBalance balance = ledgerQueries.trialBalance(year);
        return balance.isEmpty() ? null : balance;
    }

    /** Stage 3: compte de résultat and bilan in the layout, with their integrity checks. */
    public void statements() {
        int year = request.year();
        LocalDate start = config.fiscalYearStartOf(year);
        LocalDate previousStart = config.fiscalYearStartOf(year - 1);
        // N-1 opened under the previous presentation is restated into this year's one (first year from 2025).
        statements = guarded("statements", "statements", "Compte de résultat et bilan", () ->
                previousLedger == null && publishedPrevious != null
                        ? layouts.compute(year, start, ledger, inKindNotBooked(year, ledger), previousStart,
                        publishedPrevious.amounts())
                        : layouts.compute(year, start, ledger, inKindNotBooked(year, ledger), previousStart,
                        previousLedger, inKindNotBooked(year - 1, previousLedger)), null);
        if (statements == null) {
            // Empty statements rather than none: every output still has its pages, marked provisional.
            statements = guard.get("statements", "empty-statements", "États financiers vides",
                    SourceLocation.ofFile(year + "/"), () -> layouts.compute(year, start, TrialBalance.of(List.of()),
                            List.of(), previousStart, null, List.of())).orElse(null);
            return;
        }
        findings.addAll(statements.findings());
        if (!ledger.isEmpty()) {
            guarded("statements", "integrity", "Contrôles d'intégrité des états financiers",
                    () -> findings.addAll(StatementChecks.check(ledger, statements)));
        }
    }

    /**
     * Stage 3b: the annexe tables of the year (lines streamed once for the movements) and the evolution
     * over every loaded year up to this one.
     */
    public void annex() {
        int year = request.year();
        AnnexBuilder builder = new AnnexBuilder(engineOf(year).layout());
        annex = guarded("annex", "annex", "Annexe des comptes",
                () -> builder.build(ledger, movements.movements(), ledgerQueries.auxiliaryLabels(year)), null);
        evolution = guarded("annex", "evolution", "Tableau d'évolution sur plusieurs exercices",
                () -> evolution(year, builder), List.of());
    }

    private List<YearSummary> evolution(int year, AnnexBuilder builder) {
        List<YearSummary> summaries = new ArrayList<>();
        for (int past : years.isEmpty() ? List.of(year) : years) {
            Optional<PastYear> accounts = past == year ? Optional.of(new PastYear(ledger, statements)) : pastYear(past);
            if (accounts.isEmpty() || accounts.get().ledger().isEmpty()) {
                continue;
            }
            TrialBalance balance = accounts.get().ledger();
            // Each year in its own presentation: the evolution compares totals that both presentations share
            // (the restatement of a comparative column never changes them).
            Statements pastStatements = accounts.get().statements();
            AnnexBuilder pastBuilder = past == year ? builder : new AnnexBuilder(engineOf(past).layout());
            summaries.add(YearSummaries.of(past, pastStatements, pastBuilder.build(balance).debts()));
        }
        return List.copyOf(summaries);
    }

    /** Stage 4: the sources against each other, each check on its own (one failing leaves the others). */
    public void reconcile() {
        int year = request.year();
        LocalDate start = config.fiscalYearStartOf(year);
        LocalDate end = config.fiscalYearEndOf(year);
        List<Member> members = guarded("reconcile", "members", "Lecture du registre des adhérents",
                () -> registerQueries.members(year), List.of());
        List<VolunteerEntry> hours = guarded("reconcile", "volunteer-hours", "Lecture des heures de bénévolat",
                () -> registerQueries.volunteerHours(year), List.of());
        List<Activity> activities = guarded("reconcile", "activities", "Lecture du journal des actions",
                () -> registerQueries.activities(year), List.of());
        List<LedgerLine> feeLines = guarded("reconcile", "fee-lines", "Lecture des écritures du compte 756",
                () -> ledgerQueries.ledgerLinesOf(year, "756"), List.of());
        AssociationConfig.Tolerances tolerances = config.tolerances();
        check("fees-total", "Rapprochement des cotisations (registre / compte 756)",
                () -> FeeReconciliation.check(members, ledger, feeLines, tolerances.fees()));
        check("fees-by-member", "Rapprochement des cotisations adhérent par adhérent",
                () -> FeeMatching.check(members, feeLines));
        check("members", "Contrôles du registre des adhérents",
                () -> MemberChecks.check(members, registerQueries.members(year - 1), start, end));
        check("volunteer-valuation", "Rapprochement de la valorisation du bénévolat (864/875)",
                () -> VolunteerReconciliation.check(hours, config.hourlyRate(year), ledger,
                        ledgerQueries.ledgerLinesOf(year, "875"), tolerances.volunteering()));
        check("volunteer-hours", "Contrôles des heures de bénévolat",
                () -> VolunteerHoursChecks.check(hours, members));
        check("activity-income", "Rapprochement des recettes des actions",
                () -> ActivityIncomeReconciliation.check(activities, ledger,
                        account -> ledgerQueries.ledgerLinesOf(year, account), tolerances.activities()));
        check("activities", "Contrôles du journal des actions", () -> ActivityChecks.check(activities, start, end));
        check("bank", "Rapprochement bancaire", () -> bankReconciliation(year, start, end, tolerances.bank()));
        List<PlatformTotal> platformTotals = guarded("reconcile", "platform-totals", "Lecture des totaux HelloAsso",
                () -> registerQueries.platformTotals(year), List.of());
        if (!platformTotals.isEmpty()) {
            check("helloasso-payouts", "Versements HelloAsso retrouvés sur le relevé ou au 512",
                    () -> HelloAssoReconciliation.payouts(platformTotals, registerQueries.bankStatementLines(year),
                            ledgerQueries.ledgerLinesOf(year, BankReconciliation.BANK_ACCOUNTS), start, end));
            check("helloasso-income", "Recettes HelloAsso (billetterie, boutique, dons) et comptes de produits",
                    () -> HelloAssoReconciliation.income(platformTotals, ledger,
                            account -> ledgerQueries.ledgerLinesOf(year, account), tolerances.helloasso()));
        }
    }

    /** The 512 lines are read only when there is a statement to pair them with: a big ledger holds many. */
    private List<Finding> bankReconciliation(int year, LocalDate start, LocalDate end, java.math.BigDecimal tolerance) {
        List<BankStatementLine> statement = registerQueries.bankStatementLines(year);
        List<StatedBalance> stated = registerQueries.statedBankBalances(year);
        List<LedgerLine> bankLedger = statement.isEmpty() && stated.isEmpty() ? List.of()
                : ledgerQueries.ledgerLinesOf(year, BankReconciliation.BANK_ACCOUNTS);
        return BankReconciliation.check(statement, stated, bankLedger, ledger, start, end, Integer.toString(year),
                tolerance, OpeningEntries.in(openingEntries));
    }

    /** A reconciliation whose findings are kept only when it ran to its end. */
    private void check(String name, String label, java.util.function.Supplier<List<Finding>> check) {
        findings.addAll(guarded("reconcile", name, label, check, List.of()));
    }

    /**
     * Stage 5: the key figures of every available year up to this one (the series of the report), among
     * them the year's and the previous year's.
     */
    public void figures() {
        int year = request.year();
        List<KeyFigures> computed = new ArrayList<>();
        for (int past : years.contains(year) ? years : List.of(year)) {
            // A year that cannot be computed leaves a gap in the series, never a wrong figure; this year's
            // figures then all say "non disponible" and the outputs are still written.
            KeyFigures figures = guard.get("figures", past == year ? "key-figures" : "key-figures-" + past,
                    "Chiffres clés de " + past, SourceLocation.ofFile(past + "/"), () -> figuresOf(past))
                    .orElseGet(() -> past == year ? nothingKnown(year) : null);
            if (figures != null) {
                computed.add(figures);
            }
        }
        keyFigures = computed.stream().filter(figures -> figures.year() == year).findFirst()
                .orElseGet(() -> nothingKnown(year));
        series = List.copyOf(computed);
        previousKeyFigures = series.stream().filter(figures -> figures.year() == year - 1).findFirst().orElse(null);
        unavailableFindings(keyFigures, Severity.WARNING);
        if (previousKeyFigures != null) {
            unavailableFindings(previousKeyFigures, Severity.INFO);
        }
    }

    /**
     * Stage 5b, a federation's only: the network figures, from what each member's own closing wrote in
     * {@code reports/<year>/<member-id>/} (the members are closed first, maybe on other machines).
     */
    public void network() {
        if (config.isFederation()) {
            network = guarded("network", "network", "Chiffres du réseau (fédération)",
                    () -> MemberClosings.networkOf(request.inputRoot(), request.reportsRoot(), request.year(), config),
                    null);
        }
    }

    /** The key figures of a year none of whose sources could be counted. */
    private KeyFigures nothingKnown(int year) {
        java.util.Map<org.cloture.figures.FigureSource, String> unread = new java.util.EnumMap<>(
                org.cloture.figures.FigureSource.class);
        for (org.cloture.figures.FigureSource source : org.cloture.figures.FigureSource.values()) {
            unread.put(source, "calcul impossible (voir les contrôles)");
        }
        return KeyFiguresCalculator.compute(new YearInputs(year, config.fiscalYearStartOf(year),
                config.fiscalYearEndOf(year), List.of(), List.of(), List.of(), config.hourlyRate(year),
                config.year(year).staffFte(), null, null, unread));
    }

    /** One finding per reason for the year's figures that are unknown (printed "non disponible"). */
    private void unavailableFindings(KeyFigures figures, Severity severity) {
        java.util.Map<String, List<String>> byReason = new java.util.TreeMap<>();
        // In the figures' order, not the map's: Map.copyOf iterates in an order that changes from JVM to JVM.
        new java.util.TreeMap<>(figures.unavailable()).forEach((figure, reason) -> byReason.computeIfAbsent(reason,
                key -> new ArrayList<>())
                .add(figures.explanation(figure).map(org.cloture.figures.Explanation::label).orElse(figure)));
        byReason.forEach((reason, labels) -> findings.add(new Finding(CheckId.FIGURES_UNAVAILABLE, severity,
                CheckId.FIGURES_UNAVAILABLE.message(figures.year(), String.join(", ", labels), reason),
                CheckId.FIGURES_UNAVAILABLE.hint(), SourceLocation.ofFile(figures.year() + "/"), null)));
    }

    /** A year's key figures; null for a past year with neither accounts nor registers. */
    private KeyFigures figuresOf(int year) {
        boolean current = year == request.year();
        Optional<PastYear> accounts = current ? Optional.of(new PastYear(ledger, statements)) : pastYear(year);
        TrialBalance yearLedger = accounts.map(PastYear::ledger).orElse(null);
        Statements yearStatements = accounts.map(PastYear::statements).orElse(null);
        List<Member> members = registerQueries.members(year);
        List<Activity> activities = registerQueries.activities(year);
        List<VolunteerEntry> hours = registerQueries.volunteerHours(year);
        if (!current && yearLedger == null && members.isEmpty() && activities.isEmpty() && hours.isEmpty()) {
            return null;
        }
        boolean hasLedger = yearLedger != null && !yearLedger.isEmpty();
        // The stored findings of the year's files, and for this year also this run's (files that failed to load).
        List<Finding> aboutFiles = new ArrayList<>(fileQueries.fileFindings(year));
        if (current) {
            aboutFiles.addAll(findings.asList());
        }
        return KeyFiguresCalculator.compute(new YearInputs(year, config.fiscalYearStartOf(year),
                config.fiscalYearEndOf(year), members, activities, hours, config.hourlyRate(year),
                config.year(year).staffFte(), hasLedger && yearStatements != null
                ? yearStatements.incomeStatement() : null, hasLedger ? yearLedger : null,
                SourceAvailability.unread(year, fileQueries.loadedFiles(year), aboutFiles, hasLedger)));
    }

    /**
     * Stage 5c: the coming year. Its planning sheets, budget and activity log rows, read and checked (findings
     * like any other row); the year's budget beside its accounts and the coming year's beside them too; and, when
     * the programme's texts or planned actions are there, the programme of activities PDF in
     * {@code reports/<N+1>/} (run and programme only). Guarded like the other stages: a failure is a CHECK_FAILED
     * finding, and the report is still written without the coming year.
     */
    public void programme() {
        int year = request.year();
        int coming = year + 1;
        comingYear = guarded("programme", "coming-year", "Programme et budget de l'année " + coming,
                () -> comingYear(year, coming), null);
        boolean writes = request.mode() == YearEndRequest.Mode.RUN || request.mode() == YearEndRequest.Mode.PROGRAMME;
        if (writes && comingYear != null && comingYear.hasProgramme()) {
            java.nio.file.Path target = request.outputs().programme();
            boolean written = guard.run("programme", "programme-pdf", "Écriture de " + target.getFileName(),
                    SourceLocation.ofFile(target.getFileName().toString()), () -> {
                        byte[] pdfBytes = new ProgrammePdf().render(new ProgrammePdf.Input(config.name(), year,
                                comingYear, findings.hasBlocking(),
                                org.cloture.report.Publication.load(request.inputRoot(), year, config)));
                        try {
                            AtomicFiles.write(target, pdfBytes);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            programmeFile = written ? target : null;
        }
    }

    private ComingYear comingYear(int year, int coming) {
        List<String> closedYearFiles = fileQueries.loadedFiles(year).stream()
                .filter(file -> file.kinds() != null && (file.kinds().contains("PLANNING") || file.kinds().contains("BUDGET")))
                .map(LoadedFileQueries.LoadedFile::path).toList();
        ProgrammeSources.Read read = ProgrammeSources.read(request.inputRoot(), year, closedYearFiles,
                RegisterFileReader.profiles(config));
        findings.addAll(read.findings());
        LocalDate first = config.fiscalYearStartOf(coming);
        LocalDate last = config.fiscalYearEndOf(coming);
        List<PlannedAction> actions = new ArrayList<>(read.actions());
        actions.addAll(ComingYearPlan.fromActivityLog(registerQueries.activities(year), first, last));
        actions.addAll(ComingYearPlan.fromActivityLog(read.activities(), first, last));
        PlanningChecks.Checked checked = PlanningChecks.check(actions, first, last);
        findings.addAll(checked.findings());
        PlacedBudget budget = PlacedBudget.place(read.budgetRows(), new BudgetLayout(engineOf(year).layout()),
                BudgetPosts.standard());
        findings.addAll(budget.findings());
        IncomeStatement accounts = statements == null ? null : statements.incomeStatement();
        BudgetComparison execution = budget.years().contains(year)
                ? BudgetComparison.execution(budget, year, accounts) : null;
        BudgetComparison outlook = budget.years().contains(coming)
                ? BudgetComparison.outlook(budget, coming, year, accounts) : null;
        findings.addAll(BudgetBalance.check(budget, java.util.stream.Stream.of(execution, outlook)
                .filter(java.util.Objects::nonNull).toList()));
        return new ComingYear(coming, first, last, NarrativeReader.readProgramme(request.inputRoot(), coming),
                ComingYearPlan.byAxis(checked.actions()), board(),
                ComingYearPlan.memberStructures(registerQueries.members(year), config.fiscalYearEndOf(year)),
                partners(), execution, outlook);
    }

    /** The board officers of the year's register, the only natural persons a programme names. */
    private List<BoardOfficer> board() {
        return keyFigures == null || keyFigures.breakdown() == null ? List.of() : keyFigures.breakdown().board();
    }

    /**
     * The funders of the year's subsidies, one line each as in the report; the share of an investment subsidy
     * taken to income (747, formerly 777) names no funder.
     */
    private List<IncomeShare> partners() {
        if (keyFigures == null) {
            return List.of();
        }
        return keyFigures.incomeShares().stream().filter(share -> "subsidies".equals(share.kind()))
                .filter(share -> share.accounts().stream().noneMatch(account -> account.startsWith("747")
                        || account.startsWith("777")))
                .toList();
    }

    /**
     * Stage 6: the outputs, each written atomically and on its own: one that fails is a CHECK_FAILED finding
     * and the others are still written. The controls and the JSON come last, so that they list what failed
     * before them. A check writes the controls and the JSON only.
     */
    public void report() {
        outputs = request.outputs();
        try {
            // A reports folder that cannot be created is no input's fault: the run fails (exit 1).
            java.nio.file.Files.createDirectories(outputs.directory());
        } catch (IOException e) {
            throw new UncheckedIOException("Écriture impossible dans " + outputs.directory(), e);
        }
        if (network != null) {
            output("network-json", outputs.networkJson(),
                    target -> AtomicFiles.write(target, NetworkJson.render(config.name(), network)));
            output("network-workbook", outputs.networkWorkbook(), target -> AtomicFiles.write(target,
                    output -> NetworkWorkbook.write(config.name(), config.fiscalYearEndOf(request.year()), network,
                            output)));
        }
        if (request.mode() == YearEndRequest.Mode.RUN) {
            // The statements workbook is made on the other core while the board PDF renders: both read the same
            // finished model. A workbook that could not be written is a finding the PDF must list: rendered again.
            ReportModel finished = model();
            CompletableFuture<byte[]> statementsWorkbook = CompletableFuture.supplyAsync(
                    () -> statementsWorkbook(finished));
            boolean pdfWritten = output("pdf", outputs.pdf(), this::writeBoardPdf);
            boolean workbookWritten = output("statements-workbook", outputs.statements(),
                    target -> AtomicFiles.write(target, joined(statementsWorkbook)));
            if (pdfWritten && !workbookWritten) {
                output("pdf", outputs.pdf(), this::writeBoardPdf);
            }
        }
        output("controls-workbook", outputs.controls(),
                target -> AtomicFiles.write(target, output -> ControlsWorkbook.write(model(), output)));
        output("json", outputs.keyFigures(), target -> AtomicFiles.write(target, KeyFiguresJson.render(model())));
    }

    private void writeBoardPdf(java.nio.file.Path target) throws IOException {
        PdfRenderer.Rendered rendered = pdf.renderGuarded(model());
        if (!rendered.failures().isEmpty()) {
            // Once more with the failed sections among the findings: the PDF says it is provisional.
            findings.addAll(rendered.failures());
            rendered = pdf.renderGuarded(model());
        }
        AtomicFiles.write(target, rendered.pdf());
    }

    private static byte[] statementsWorkbook(ReportModel model) {
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            StatementsWorkbook.write(model, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What another thread made, or its failure as it was thrown there. */
    private static <T> T joined(CompletableFuture<T> made) {
        try {
            return made.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
    }

    @FunctionalInterface
    private interface OutputWriter {
        void write(java.nio.file.Path target) throws IOException;
    }

    /** Writes one output file; false when it could not (then a finding says why). */
    private boolean output(String name, java.nio.file.Path target, OutputWriter writer) {
        String file = target.getFileName().toString();
        return guard.run("report", name, "Écriture de " + file, SourceLocation.ofFile(file), () -> {
            try {
                writer.write(target);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What the outputs print: read once (files, rejected rows, narrative), the findings as they stand now. */
    private ReportModel model() {
        int year = request.year();
        if (reportInputs == null) {
            List<ReportModel.FileSummary> files = new ArrayList<>();
            Map<String, List<ReadSummary.RecognisedSheet>> sheets = guarded("report", "recognised-sheets",
                    "Colonnes reconnues", this::recognisedSheets, Map.<String, List<ReadSummary.RecognisedSheet>>of());
            for (LoadedFileQueries.LoadedFile file : guarded("report", "loaded-files", "Liste des fichiers lus",
                    this::loadedFiles, List.<LoadedFileQueries.LoadedFile>of())) {
                files.add(new ReportModel.FileSummary(file.path(), file.kinds(), file.rowsRead(), file.rowsLoaded(),
                        file.rowsRejected(), file.sha256(), sheets.getOrDefault(file.path(), List.of())));
            }
            List<org.cloture.ingest.RejectedRow> rejected = guarded("report", "rejected-rows", "Lignes rejetées",
                    () -> fileQueries.rejectedRows(year), List.of());
            org.cloture.report.Publication publication = guard.get("report", "publication",
                    "Textes du rapport (rapport.md ou rapport.docx), logo et date d'assemblée générale",
                    SourceLocation.ofFile(year + "/"),
                    () -> org.cloture.report.Publication.load(request.inputRoot(), year, config))
                    .orElse(org.cloture.report.Publication.NONE);
            reportInputs = new ReportInputs(files, rejected, publication);
        }
        return new ReportModel(config.name(), year, config.fiscalYearEndOf(year), findings.hasBlocking(),
                keyFigures, previousKeyFigures, statements, ledger, findings.asList(), reportInputs.rejected(),
                reportInputs.files(), annex, evolution, series, reportInputs.publication(), network, comingYear);
    }

    /** What the report stage reads once for all its outputs. */
    private record ReportInputs(List<ReportModel.FileSummary> files, List<org.cloture.ingest.RejectedRow> rejected,
                                org.cloture.report.Publication publication) {
    }

    private ReportInputs reportInputs;

    /**
     * Contributions in kind the ledger does not record, as 86x uses and their 87x resources whose label is
     * the basis shown beside the line: volunteer hours × the year's rate when the FEC has no 864/875, and the
     * items declared in association.yml.
     */
    private List<AccountBalance> inKindNotBooked(int year, TrialBalance yearLedger) {
        List<AccountBalance> balances = new ArrayList<>();
        boolean volunteeringBooked = yearLedger != null && yearLedger.byAccount().stream()
                .anyMatch(balance -> balance.account().startsWith("864") || balance.account().startsWith("875"));
        BigDecimal rate = config.hourlyRate(year);
        BigDecimal hours = registerQueries.volunteerHours(year).stream().map(VolunteerEntry::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!volunteeringBooked && rate != null && hours.signum() > 0) {
            // ANC 2018-06 §6: value = hours × rate, rounded to the cent (the valuation rule).
            BigDecimal value = Amounts.roundedToCent(hours.multiply(rate));
            String basis = hours.stripTrailingZeros().toPlainString().replace('.', ',') + " h × "
                    + FrenchFormat.amount(rate);
            balances.add(new AccountBalance("864", null, basis, value, Amounts.ZERO));
            balances.add(new AccountBalance("875", null, basis, Amounts.ZERO, value));
        }
        for (AssociationConfig.InKindItem item : config.year(year).inKind()) {
            String basis = item.label() + " (association.yml)";
            balances.add(new AccountBalance(item.account(), null, basis, item.amount(), Amounts.ZERO));
            balances.add(new AccountBalance(InKindCounterparts.resourceFor(item.account()), null, basis,
                    Amounts.ZERO, item.amount()));
        }
        return balances;
    }

    public List<Finding> findings() {
        return findings.asList();
    }

    public boolean hasBlockingFindings() {
        return findings.hasBlocking();
    }

    public OutputFiles outputs() {
        return outputs;
    }

    /** How each sheet of the year's files was recognised, by file path (check prints it). */
    public Map<String, List<ReadSummary.RecognisedSheet>> recognisedSheets() {
        return fileQueries.recognisedSheets(request.year());
    }

    /** The files loaded for the year (a federation's own: its members have their own closings). */
    public List<LoadedFileQueries.LoadedFile> loadedFiles() {
        return fileQueries.loadedFiles(request.year());
    }

    /** A federation's network figures (null before the figures stage, or for another association). */
    public NetworkFigures computedNetwork() {
        return network;
    }

    /** The statements the statements stage computed (null before it ran). */
    public Statements computedStatements() {
        return statements;
    }

    /** The annexe tables the annex stage computed (null before it ran). */
    public Annex computedAnnex() {
        return annex;
    }

    /** The key figures the figures stage computed for the year (null before it ran). */
    public KeyFigures computedKeyFigures() {
        return keyFigures;
    }

    /** The programme of activities PDF this run wrote, or null. */
    public java.nio.file.Path programmeFile() {
        return programmeFile;
    }

    /** The coming year as the programme stage computed it (null before it ran). */
    public ComingYear computedComingYear() {
        return comingYear;
    }

    public String associationName() {
        return config == null ? null : config.name();
    }

}
