package org.cloture.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.cloture.activity.Activity;
import org.cloture.activity.ActivityCategory;
import org.cloture.ledger.AccountBalance;
import org.cloture.membership.Member;
import org.cloture.membership.MemberKind;
import org.cloture.money.Amounts;
import org.cloture.money.FrenchFormat;
import org.cloture.reconcile.People;
import org.cloture.volunteering.VolunteerEntry;

/**
 * Computes the key figures of one fiscal year from the registers and the accounts, recording for each
 * figure the rule and the rows it counted (what {@code cloture explain} prints).
 */
public final class KeyFiguresCalculator {

    /** Legal yearly working time of a full-time employee in France: volunteer hours become FTE with it. */
    static final BigDecimal FULL_TIME_HOURS = new BigDecimal("1607");

    private static final IncomeShares INCOME_SHARES = IncomeShares.standard();

    private final YearInputs in;
    private final Map<String, Explanation> explanations = new LinkedHashMap<>();

    private KeyFiguresCalculator(YearInputs in) {
        this.in = in;
    }

    public static KeyFigures compute(YearInputs inputs) {
        return new KeyFiguresCalculator(inputs).compute();
    }

    private KeyFigures compute() {
        String start = FrenchFormat.shortDate(in.start());
        String end = FrenchFormat.shortDate(in.end());
        List<Member> ofTheYear = members("members", "Adhérents de l'exercice",
                "Lignes du registre des adhérents dont la date d'adhésion est au plus tard le " + end
                        + " et qui ne sont pas sortis avant le " + start + ".",
                in.members(), member -> isMemberDuring(member, in.start(), in.end()));
        List<Member> legal = members("legalPersons", "Adhérents personnes morales",
                "Adhérents de l'exercice de type personne morale.", ofTheYear,
                member -> member.kind() == MemberKind.LEGAL_PERSON);
        List<Member> natural = members("naturalPersons", "Adhérents personnes physiques",
                "Adhérents de l'exercice de type personne physique.", ofTheYear,
                member -> member.kind() == MemberKind.NATURAL_PERSON);
        List<Member> newcomers = members("newMembers", "Nouveaux adhérents",
                "Adhérents dont la date d'adhésion est comprise entre le " + start + " et le " + end + ".",
                ofTheYear, member -> member.joined() != null && !member.joined().isBefore(in.start())
                        && !member.joined().isAfter(in.end()));
        List<Member> leavers = members("leavers", "Départs",
                "Adhérents dont la date de sortie est comprise entre le " + start + " et le " + end + ".",
                in.members(), member -> member.left() != null && !member.left().isBefore(in.start())
                        && !member.left().isAfter(in.end()));

        BigDecimal hours = volunteerHours();
        BigDecimal valuation = volunteerValuation(hours);
        BigDecimal fte = hours.divide(FULL_TIME_HOURS, 2, RoundingMode.HALF_UP);
        explain("volunteerFte", "Bénévolat en équivalents temps plein", number(fte),
                "Heures de bénévolat ÷ 1 607 h (durée légale annuelle d'un temps plein), arrondi au centième : "
                        + hoursText(hours) + " ÷ 1 607.", hourRows(in.hours()));
        int volunteers = volunteers();
        explainStaff();

        List<Activity> activities = in.activities();
        explain("actions", "Actions", FrenchFormat.integer(activities.size()),
                "Lignes du journal des actions de l'exercice (réunions statutaires comprises).",
                activityRows(activities));
        int participants = activities.stream().map(Activity::participants).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).sum();
        explain("participants", "Participants", FrenchFormat.integer(participants),
                "Somme de la colonne « Participants » du journal des actions (les lignes sans nombre comptent 0).",
                activityRows(activities.stream().filter(activity -> activity.participants() != null).toList()));
        List<Meeting> meetings = meetings(activities);

        BigDecimal totalIncome = in.income() == null ? null : in.income().total("totalIncome");
        BigDecimal totalExpenses = in.income() == null ? null : in.income().total("totalExpenses");
        explainAccounts("totalIncome", "Total des produits", totalIncome, '7',
                "Total des produits du compte de résultat : soldes créditeurs des comptes de classe 7.");
        explainAccounts("totalExpenses", "Budget (total des charges)", totalExpenses, '6',
                "Total des charges du compte de résultat : soldes débiteurs des comptes de classe 6.");
        List<IncomeShare> shares = incomeShares();

        KeyFigures.Breakdown breakdown = new KeyFigures.Breakdown(leavers.size(), fte,
                Counts.by(legal.stream().map(member -> orUnknown(member.legalStatus())).toList()),
                Counts.by(ofTheYear.stream().map(member -> orUnknown(member.departement())).toList()),
                Counts.by(ofTheYear.stream().map(member -> orUnknown(member.country())).toList()),
                Counts.by(activities.stream().map(KeyFiguresCalculator::categoryLabel).toList()),
                participantsByCategory(activities),
                actionsByMonth(activities), hoursByMonth(), hoursByActivity(),
                BoardOfficers.of(ofTheYear),
                newcomers.stream().filter(member -> member.kind() == MemberKind.LEGAL_PERSON).map(Member::name)
                        .map(String::strip).sorted(Comparator.comparing(name -> name.toLowerCase(Locale.FRENCH)))
                        .toList(),
                highlights(activities));
        return new KeyFigures(in.year(), ofTheYear.size(), legal.size(), natural.size(), newcomers.size(),
                volunteers, displayHours(hours), valuation, in.staffFte(), activities.size(), participants,
                totalIncome, totalExpenses, meetings, shares, breakdown, explanations, unavailable());
    }

    /**
     * The headline figures the year cannot give, each with its reason: a source that was not read, no hourly
     * rate for the valuation, no staff FTE declared, no accounts. Their explanation says so too.
     */
    private Map<String, String> unavailable() {
        Map<String, String> unavailable = new TreeMap<>();
        KeyFigures.SOURCE_OF.forEach((figure, source) -> {
            String reason = in.unread().get(source);
            if (reason != null) {
                unavailable.put(figure, reason);
            }
        });
        if (in.hourlyRate() == null) {
            unavailable.putIfAbsent("volunteerValuation",
                    "aucun taux horaire dans association.yml (volunteering.hourlyRate)");
        }
        if (in.staffFte() == null) {
            unavailable.put("staffFte", "non déclaré dans association.yml (years." + in.year() + ".staffFte)");
        }
        if (in.income() == null) {
            unavailable.putIfAbsent("totalIncome", "aucune comptabilité (FEC) chargée pour " + in.year());
            unavailable.putIfAbsent("totalExpenses", "aucune comptabilité (FEC) chargée pour " + in.year());
        }
        unavailable.forEach((figure, reason) -> {
            Explanation counted = explanations.get(figure);
            String label = counted == null ? figure : counted.label();
            explain(figure, label, "non disponible", "Non disponible : " + reason + ".", List.of());
        });
        return unavailable;
    }

    /** The members a predicate keeps, explained as the figure with that identifier. */
    private List<Member> members(String figure, String label, String rule, List<Member> from,
                                 Predicate<Member> keep) {
        List<Member> kept = from.stream().filter(keep).toList();
        explain(figure, label, FrenchFormat.integer(kept.size()), rule, kept.stream()
                .map(member -> new Explanation.Source(member.location(), "n° " + member.memberId() + " ("
                        + (member.kind() == MemberKind.LEGAL_PERSON ? "personne morale" : "personne physique") + ")"))
                .toList());
        return kept;
    }

    private BigDecimal volunteerHours() {
        BigDecimal hours = in.hours().stream().map(VolunteerEntry::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        explain("volunteerHours", "Heures de bénévolat", hoursText(hours),
                "Somme de la colonne « Heures » du fichier de bénévolat de l'exercice.", hourRows(in.hours()));
        return hours;
    }

    private BigDecimal volunteerValuation(BigDecimal hours) {
        BigDecimal rate = in.hourlyRate();
        BigDecimal valuation = rate == null ? Amounts.ZERO : Amounts.roundedToCent(hours.multiply(rate));
        explain("volunteerValuation", "Valorisation du bénévolat", FrenchFormat.amount(valuation), rate == null
                        ? "Aucun taux horaire dans association.yml (volunteering.hourlyRate) : pas de valorisation."
                        : "Heures de bénévolat × taux horaire de l'exercice (association.yml), arrondi au centime : "
                        + hoursText(hours) + " × " + FrenchFormat.amount(rate) + ".",
                hourRows(in.hours()));
        return valuation;
    }

    private int volunteers() {
        Map<String, VolunteerEntry> firstRowOfEach = new LinkedHashMap<>();
        for (VolunteerEntry entry : in.hours()) {
            // The same volunteer written with other case, accents or spacing is one person.
            if (entry.volunteer() != null && !entry.volunteer().isBlank()) {
                firstRowOfEach.putIfAbsent(People.key(entry.volunteer()), entry);
            }
        }
        explain("volunteers", "Bénévoles", FrenchFormat.integer(firstRowOfEach.size()),
                "Personnes distinctes du fichier de bénévolat (noms comparés sans tenir compte des accents, de la "
                        + "casse ni des espaces) ; la première ligne de chacune est citée.",
                hourRows(List.copyOf(firstRowOfEach.values())));
        return firstRowOfEach.size();
    }

    private void explainStaff() {
        if (in.staffFte() != null) {
            explain("staffFte", "Salariés en équivalents temps plein", number(in.staffFte()),
                    "Déclaré dans association.yml (years." + in.year() + ".staffFte).",
                    List.of(new Explanation.Source(org.cloture.source.SourceLocation.ofFile("association.yml"),
                            "years." + in.year() + ".staffFte")));
        }
    }

    private List<Meeting> meetings(List<Activity> activities) {
        List<Meeting> meetings = activities.stream().filter(activity -> Meeting.isMeeting(activity.category()))
                .map(activity -> new Meeting(activity.category(), activity.date(), activity.title(),
                        activity.participants(), activity.memberStructures(), activity.location()))
                .sorted(Comparator.comparing(Meeting::date)).toList();
        for (ActivityCategory kind : List.of(ActivityCategory.AG, ActivityCategory.CA, ActivityCategory.BUREAU)) {
            List<Meeting> ofKind = meetings.stream().filter(meeting -> meeting.kind() == kind).toList();
            explain(meetingFigure(kind), "Réunions : " + kind.frenchLabel(), FrenchFormat.integer(ofKind.size()),
                    "Lignes du journal des actions de catégorie « " + kind.frenchLabel() + " ».",
                    ofKind.stream().map(meeting -> new Explanation.Source(meeting.location(),
                            FrenchFormat.shortDate(meeting.date()) + (meeting.participants() == null ? ""
                                    : ", " + meeting.participants() + " présents"))).toList());
        }
        return meetings;
    }

    static String meetingFigure(ActivityCategory kind) {
        return switch (kind) {
            case AG -> "generalAssemblies";
            case CA -> "boardMeetings";
            case BUREAU -> "bureauMeetings";
            default -> throw new IllegalArgumentException(kind + " is not a statutory meeting");
        };
    }

    private void explainAccounts(String figure, String label, BigDecimal total, char accountClass, String rule) {
        if (total == null || in.ledger() == null) {
            return;
        }
        List<Explanation.Source> accounts = new ArrayList<>();
        for (AccountBalance balance : in.ledger().byAccount()) {
            if (balance.accountClass() == accountClass && balance.balance().signum() != 0) {
                BigDecimal amount = accountClass == '7' ? balance.balance().negate() : balance.balance();
                accounts.add(new Explanation.Source(null, balance.account() + " " + nullToEmpty(balance.label())
                        + " : " + FrenchFormat.amount(amount)));
            }
        }
        explain(figure, label, FrenchFormat.amount(total), rule, accounts);
    }

    private List<IncomeShare> incomeShares() {
        if (in.ledger() == null || in.income() == null) {
            return List.of();
        }
        List<IncomeShare> shares = INCOME_SHARES.of(in.ledger(), in.income().inKindIncomeTotal());
        explain("incomeShares", "Répartition des ressources", shares.size() + " parts",
                "Produits (classe 7) regroupés selon figures/income-kinds.yml (subventions par financeur), puis les "
                        + "contributions volontaires en nature ; pourcentages du total à une décimale, dont la somme "
                        + "fait exactement 100 (méthode du plus fort reste).",
                shares.stream().map(share -> new Explanation.Source(null, share.label() + " : "
                        + FrenchFormat.amount(share.amount()) + " (" + (share.percent() == null ? "—"
                        : number(share.percent()) + " %") + ") — comptes "
                        + String.join(", ", share.accounts()))).toList());
        return shares;
    }

    private Map<String, Integer> participantsByCategory(List<Activity> activities) {
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        Counts.by(activities.stream().map(KeyFiguresCalculator::categoryLabel).toList()).keySet()
                .forEach(category -> byCategory.put(category, 0));
        for (Activity activity : activities) {
            if (activity.participants() != null) {
                byCategory.merge(categoryLabel(activity), activity.participants(), Integer::sum);
            }
        }
        return byCategory;
    }

    private Map<String, Integer> actionsByMonth(List<Activity> activities) {
        Map<String, Integer> byMonth = monthsOfTheYear(0);
        for (Activity activity : activities) {
            byMonth.computeIfPresent(YearMonth.from(activity.date()).toString(), (month, count) -> count + 1);
        }
        return byMonth;
    }

    private Map<String, BigDecimal> hoursByMonth() {
        Map<String, BigDecimal> byMonth = monthsOfTheYear(BigDecimal.ZERO);
        for (VolunteerEntry entry : in.hours()) {
            byMonth.computeIfPresent(entry.period().toString(), (month, sum) -> sum.add(entry.hours()));
        }
        byMonth.replaceAll((month, sum) -> displayHours(sum));
        return byMonth;
    }

    private Map<String, BigDecimal> hoursByActivity() {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (VolunteerEntry entry : in.hours()) {
            String activity = entry.activity() == null || entry.activity().isBlank() ? "non précisé"
                    : entry.activity().strip();
            sums.merge(activity, entry.hours(), BigDecimal::add);
        }
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        sums.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> ordered.put(entry.getKey(), displayHours(entry.getValue())));
        return ordered;
    }

    private <V> Map<String, V> monthsOfTheYear(V zero) {
        Map<String, V> months = new LinkedHashMap<>();
        for (YearMonth month = YearMonth.from(in.start()); !month.isAfter(YearMonth.from(in.end()));
             month = month.plusMonths(1)) {
            months.put(month.toString(), zero);
        }
        return months;
    }

    private static List<KeyFigures.Highlight> highlights(List<Activity> activities) {
        return activities.stream().filter(Activity::highlight)
                .sorted(Comparator.comparing(Activity::date))
                .map(activity -> new KeyFigures.Highlight(activity.date(), activity.title().strip(),
                        categoryLabel(activity), activity.place(), activity.participants()))
                .toList();
    }

    private void explain(String figure, String label, String value, String rule, List<Explanation.Source> sources) {
        explanations.put(figure, new Explanation(figure, label, value, rule, sources));
    }

    private static List<Explanation.Source> hourRows(List<VolunteerEntry> rows) {
        return rows.stream().map(entry -> new Explanation.Source(entry.location(), hoursText(entry.hours())
                + (entry.date() != null ? " le " + FrenchFormat.shortDate(entry.date())
                : " en " + entry.period()))).toList();
    }

    private static List<Explanation.Source> activityRows(List<Activity> rows) {
        return rows.stream().map(activity -> new Explanation.Source(activity.location(),
                FrenchFormat.shortDate(activity.date()) + " « " + activity.title().strip() + " »"
                        + (activity.participants() == null ? "" : ", " + activity.participants() + " participants")))
                .toList();
    }

    private static String categoryLabel(Activity activity) {
        return activity.category() == null ? ActivityCategory.AUTRE.frenchLabel() : activity.category().frenchLabel();
    }

    private static String hoursText(BigDecimal hours) {
        return number(displayHours(hours)) + " h";
    }

    /** Hours as a report prints them: at least one decimal, no trailing zeros beyond it. */
    static BigDecimal displayHours(BigDecimal hours) {
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 1 ? hours.setScale(1, RoundingMode.UNNECESSARY) : stripped;
    }

    /** A decimal in French notation with the digits it has ("2,5", "1 617,0"). */
    private static String number(BigDecimal value) {
        return FrenchFormat.decimal(value, Math.max(0, value.scale()));
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "non renseigné" : value.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A member of the year joined before its end and did not leave before its start. */
    static boolean isMemberDuring(Member member, LocalDate start, LocalDate end) {
        boolean joinedInTime = member.joined() == null || !member.joined().isAfter(end);
        boolean stillThere = member.left() == null || !member.left().isBefore(start);
        return joinedInTime && stillThere;
    }

    /** Counting helpers shared by the breakdowns. */
    static final class Counts {

        private Counts() {
        }

        /** Counts per value, largest first, then alphabetically: the order a report lists them. */
        static Map<String, Integer> by(List<String> values) {
            Map<String, Integer> counts = new TreeMap<>();
            values.forEach(value -> counts.merge(value, 1, Integer::sum));
            Map<String, Integer> ordered = new LinkedHashMap<>();
            counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(entry -> ordered.put(entry.getKey(), entry.getValue()));
            return ordered;
        }
    }

}
