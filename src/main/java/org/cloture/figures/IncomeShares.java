package org.cloture.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cloture.ledger.AccountBalance;
import org.cloture.ledger.TrialBalance;
import org.cloture.money.Amounts;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The share of each kind of resource in a year: the income accounts grouped by the kinds of
 * {@code figures/income-kinds.yml} (subsidies one line per funder), then the contributions in kind.
 */
public final class IncomeShares {

    static final String RESOURCE = "/figures/income-kinds.yml";

    /** One kind of the resource file. */
    record Kind(String code, String label, List<String> prefixes, boolean byAccount) {
    }

    private final List<Kind> kinds;
    private final String inKindCode;
    private final String inKindLabel;

    IncomeShares(List<Kind> kinds, String inKindCode, String inKindLabel) {
        this.kinds = List.copyOf(kinds);
        this.inKindCode = inKindCode;
        this.inKindLabel = inKindLabel;
    }

    /** The kinds of the reviewed resource file. */
    @SuppressWarnings("unchecked")
    public static IncomeShares standard() {
        try (InputStream input = IncomeShares.class.getResourceAsStream(RESOURCE)) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
            List<Kind> kinds = new ArrayList<>();
            for (Map<String, Object> kind : (List<Map<String, Object>>) root.get("kinds")) {
                kinds.add(new Kind((String) kind.get("code"), (String) kind.get("label"),
                        ((List<Object>) kind.get("prefixes")).stream().map(String::valueOf).toList(),
                        Boolean.TRUE.equals(kind.get("byAccount"))));
            }
            Map<String, Object> inKind = (Map<String, Object>) root.get("inKind");
            return new IncomeShares(kinds, (String) inKind.get("code"), (String) inKind.get("label"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /**
     * @param ledger        the year's trial balance (its class 7 accounts)
     * @param inKindIncome  the contributions in kind of the compte de résultat's foot (87, and the valued
     *                      volunteer hours when not booked)
     * @return the shares, kinds in the file's order (funders by decreasing amount), empty ones left out
     */
    public List<IncomeShare> of(TrialBalance ledger, BigDecimal inKindIncome) {
        Map<String, Bucket> buckets = new LinkedHashMap<>();
        for (Kind kind : kinds) {
            if (!kind.byAccount()) {
                buckets.put(kind.code(), new Bucket(kind, kind.label()));
            }
        }
        List<Bucket> perAccount = new ArrayList<>();
        for (AccountBalance balance : ledger.byAccount()) {
            if (balance.accountClass() != '7') {
                continue;
            }
            kindOf(balance.account()).ifPresent(kind -> {
                Bucket bucket = kind.byAccount()
                        ? perAccountBucket(perAccount, kind, funder(balance))
                        : buckets.get(kind.code());
                bucket.add(balance.account(), balance.balance().negate());
            });
        }
        List<Bucket> ordered = new ArrayList<>();
        for (Kind kind : kinds) {
            if (kind.byAccount()) {
                perAccount.stream().filter(bucket -> bucket.kind == kind)
                        .sorted(Comparator.comparing((Bucket bucket) -> bucket.amount).reversed()
                                .thenComparing(bucket -> bucket.label))
                        .forEach(ordered::add);
            } else {
                ordered.add(buckets.get(kind.code()));
            }
        }
        Bucket inKind = new Bucket(new Kind(inKindCode, inKindLabel, List.of("87"), false), inKindLabel);
        if (inKindIncome != null) {
            inKind.add("87", inKindIncome);
        }
        ordered.add(inKind);
        List<Bucket> present = ordered.stream().filter(bucket -> bucket.amount.signum() != 0).toList();
        List<BigDecimal> percents = Percentages.of(present.stream().map(bucket -> bucket.amount).toList());
        List<IncomeShare> shares = new ArrayList<>();
        for (int index = 0; index < present.size(); index++) {
            Bucket bucket = present.get(index);
            shares.add(new IncomeShare(bucket.kind.code(), bucket.label, bucket.amount, percents.get(index),
                    bucket.accounts));
        }
        return shares;
    }

    private Optional<Kind> kindOf(String account) {
        Kind best = null;
        int bestLength = -1;
        for (Kind kind : kinds) {
            for (String prefix : kind.prefixes()) {
                if (account.startsWith(prefix) && prefix.length() > bestLength) {
                    best = kind;
                    bestLength = prefix.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static Bucket perAccountBucket(List<Bucket> buckets, Kind kind, String label) {
        return buckets.stream().filter(bucket -> bucket.kind == kind && bucket.label.equals(label)).findFirst()
                .orElseGet(() -> {
                    Bucket bucket = new Bucket(kind, label);
                    buckets.add(bucket);
                    return bucket;
                });
    }

    /**
     * The funder an account names: the part of its label after the last " - " ("Subvention d'exploitation -
     * Région Hauts-de-France"), else the whole label, else the account number.
     */
    static String funder(AccountBalance balance) {
        String label = balance.label();
        if (label == null || label.isBlank()) {
            return "Compte " + balance.account();
        }
        int dash = label.lastIndexOf(" - ");
        String name = dash >= 0 ? label.substring(dash + 3) : label;
        return name.isBlank() ? label.strip() : name.strip();
    }

    private static final class Bucket {
        final Kind kind;
        final String label;
        final List<String> accounts = new ArrayList<>();
        BigDecimal amount = Amounts.ZERO;

        Bucket(Kind kind, String label) {
            this.kind = kind;
            this.label = label;
        }

        void add(String account, BigDecimal more) {
            accounts.add(account);
            amount = amount.add(more);
        }
    }
}
