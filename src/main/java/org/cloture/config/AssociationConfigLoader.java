package org.cloture.config;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cloture.money.Amounts;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.cloture.source.SourceLocation;
import org.springframework.scheduling.support.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code association.yml} through SnakeYAML's node tree, so that every problem names its key and
 * line, and numbers are read from their text (never through a double).
 */
public final class AssociationConfigLoader {

    public static final String FILE_NAME = "association.yml";

    private static final Set<String> ROOT_KEYS = Set.of("name", "siren", "address", "logo", "fiscalYearStart",
            "volunteering", "years", "columns", "board", "mail", "schedule", "federation", "tolerances",
            "ignore",
            // Read by config.WebSettings for cloture serve's web page.
            "web", "users");
    private static final Set<String> YEAR_KEYS = Set.of("staffFte", "hourlyRate", "generalAssembly", "inKind");

    private final List<Finding> findings = new ArrayList<>();

    public record Loaded(AssociationConfig config, List<Finding> findings) {
    }

    public static Loaded load(Path inputDirectory) {
        return new AssociationConfigLoader().read(inputDirectory.resolve(FILE_NAME));
    }

    private Loaded read(Path file) {
        if (!Files.isRegularFile(file)) {
            error(null, "fichier absent (" + file + ")");
            return new Loaded(defaults("Association"), findings);
        }
        MappingNode root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node node = new Yaml(new LoaderOptions()).compose(reader);
            if (!(node instanceof MappingNode mapping)) {
                error(node, "le fichier doit contenir des clés « nom: valeur »");
                return new Loaded(defaults("Association"), findings);
            }
            root = mapping;
        } catch (IOException | YAMLException e) {
            error(null, "lecture impossible : " + e.getMessage().lines().findFirst().orElse(""));
            return new Loaded(defaults("Association"), findings);
        }
        return new Loaded(parse(root), findings);
    }

    private AssociationConfig parse(MappingNode root) {
        Map<String, Node> keys = entries(root, ROOT_KEYS, "");
        String name = text(keys.get("name"));
        if (name == null || name.isBlank()) {
            error(root, "la clé « name » (nom de l'association) est obligatoire");
            name = "Association";
        }
        MonthDay start = MonthDay.of(1, 1);
        if (keys.containsKey("fiscalYearStart")) {
            try {
                start = MonthDay.parse("--" + text(keys.get("fiscalYearStart")));
            } catch (RuntimeException e) {
                error(keys.get("fiscalYearStart"), "fiscalYearStart doit s'écrire MM-JJ, par exemple \"01-01\"");
            }
        }
        BigDecimal rate = null;
        String rateBasis = null;
        if (keys.get("volunteering") instanceof MappingNode volunteering) {
            Map<String, Node> values = entries(volunteering, Set.of("hourlyRate", "rateBasis"), "volunteering.");
            rate = amount(values.get("hourlyRate"), "volunteering.hourlyRate");
            rateBasis = text(values.get("rateBasis"));
        }
        return new AssociationConfig(name, text(keys.get("siren")), text(keys.get("address")), text(keys.get("logo")),
                start, rate, rateBasis, years(keys.get("years")), columns(keys.get("columns")),
                recipients(keys.get("board")), mail(keys.get("mail")), schedule(keys.get("schedule")),
                tolerances(keys.get("tolerances")), new FederationSection(this).read(keys.get("federation")),
                ignored(keys.get("ignore")));
    }

    /** {@code ignore:} the files of the year folders not to read (names or patterns such as "notes*.xlsx"). */
    private List<String> ignored(Node node) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode list) {
            return list.getValue().stream().map(AssociationConfigLoader::text)
                    .filter(name -> name != null && !name.isBlank()).map(String::strip).toList();
        }
        String single = text(node);
        if (single != null && !single.isBlank()) {
            return List.of(single.strip());
        }
        error(node, "ignore doit être une liste de noms de fichiers, par exemple [\"notes.xlsx\", \"2023/brouillon.ods\"]");
        return List.of();
    }

    private AssociationConfig.MailSettings mail(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            return null;
        }
        Map<String, Node> values = entries(mapping, Set.of("host", "port", "security", "user", "from"), "mail.");
        if (values.containsKey("password")) {
            error(values.get("password"), "mail.password : le mot de passe SMTP ne s'écrit pas dans ce fichier ; "
                    + "donnez-le dans la variable d'environnement " + AssociationConfig.MailSettings.PASSWORD_VARIABLE);
        }
        String host = text(values.get("host"));
        if (host == null || host.isBlank()) {
            error(mapping, "mail.host : le nom du serveur SMTP est obligatoire");
            return null;
        }
        AssociationConfig.MailSettings.Security security = AssociationConfig.MailSettings.Security.STARTTLS;
        String securityText = text(values.get("security"));
        if (securityText != null) {
            try {
                security = AssociationConfig.MailSettings.Security.valueOf(securityText.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(values.get("security"), "mail.security : starttls, ssl ou none attendu, trouvé « " + securityText + " »");
                return null;
            }
        }
        int port = switch (security) {
            case STARTTLS -> 587;
            case SSL -> 465;
            case NONE -> 25;
        };
        String portText = text(values.get("port"));
        if (portText != null) {
            try {
                port = Integer.parseInt(portText.trim());
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65_535) {
                error(values.get("port"), "mail.port : numéro de port attendu (par exemple 587), trouvé « " + portText + " »");
                return null;
            }
        }
        return new AssociationConfig.MailSettings(host.trim(), port, security, text(values.get("user")),
                text(values.get("from")));
    }

    private AssociationConfig.ScheduleSettings schedule(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            return AssociationConfig.ScheduleSettings.NONE;
        }
        Map<String, Node> values = entries(mapping, Set.of("sweep", "monthlyReport", "yearEnd"), "schedule.");
        return new AssociationConfig.ScheduleSettings(cron(values.get("sweep"), "schedule.sweep"),
                cron(values.get("monthlyReport"), "schedule.monthlyReport"),
                cron(values.get("yearEnd"), "schedule.yearEnd"));
    }

    /** A Spring cron expression (six fields, seconds first); absent, empty or "none" means not scheduled. */
    private String cron(Node node, String key) {
        String text = text(node);
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("none")) {
            return null;
        }
        if (!CronExpression.isValidExpression(text.trim())) {
            error(node, key + " : expression cron invalide « " + text + " » (six champs : seconde minute heure "
                    + "jour mois jour-de-la-semaine, par exemple \"0 */15 * * * *\")");
            return null;
        }
        return text.trim();
    }

    private AssociationConfig.Tolerances tolerances(Node node) {
        if (!(node instanceof MappingNode mapping)) {
            return AssociationConfig.Tolerances.NONE;
        }
        Map<String, Node> values = entries(mapping, Set.of("fees", "volunteering", "activities", "bank", "helloasso"),
                "tolerances.");
        return new AssociationConfig.Tolerances(tolerance(values.get("fees"), "tolerances.fees"),
                tolerance(values.get("volunteering"), "tolerances.volunteering"),
                tolerance(values.get("activities"), "tolerances.activities"),
                tolerance(values.get("bank"), "tolerances.bank"),
                tolerance(values.get("helloasso"), "tolerances.helloasso"));
    }

    private BigDecimal tolerance(Node node, String key) {
        BigDecimal value = amount(node, key);
        if (value != null && value.signum() < 0) {
            error(node, key + " : une tolérance ne peut pas être négative");
            return Amounts.ZERO;
        }
        return value == null ? Amounts.ZERO : value;

    }

    private Map<Integer, AssociationConfig.YearSettings> years(Node node) {
        Map<Integer, AssociationConfig.YearSettings> years = new LinkedHashMap<>();
        if (!(node instanceof MappingNode mapping)) {
            return years;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String key = text(tuple.getKeyNode());
            int year;
            try {
                year = Integer.parseInt(key);
            } catch (NumberFormatException e) {
                error(tuple.getKeyNode(), "années : « " + key + " » n'est pas une année");
                continue;
            }
            if (!(tuple.getValueNode() instanceof MappingNode settings)) {
                continue;
            }
            Map<String, Node> values = entries(settings, YEAR_KEYS, "years." + year + ".");
            years.put(year, new AssociationConfig.YearSettings(
                    decimal(values.get("staffFte"), "years." + year + ".staffFte"),
                    amount(values.get("hourlyRate"), "years." + year + ".hourlyRate"),
                    date(values.get("generalAssembly"), "years." + year + ".generalAssembly"),
                    inKind(values.get("inKind"), year)));
        }
        return years;
    }

    private List<AssociationConfig.InKindItem> inKind(Node node, int year) {
        List<AssociationConfig.InKindItem> items = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    Map<String, Node> values = entries(mapping, Set.of("label", "account", "amount"),
                            "years." + year + ".inKind.");
                    BigDecimal amount = amount(values.get("amount"), "years." + year + ".inKind.amount");
                    String account = text(values.get("account"));
                    if (amount != null && account != null && account.startsWith("86")) {
                        items.add(new AssociationConfig.InKindItem(text(values.get("label")), account, amount));
                    } else {
                        error(item, "années " + year + " : une contribution en nature demande label, "
                                + "account (compte 86x) et amount");
                    }
                }
            }
        }
        return items;
    }

    private Map<String, Map<String, String>> columns(Node node) {
        Map<String, Map<String, String>> profiles = new LinkedHashMap<>();
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Map<String, String> profile = new LinkedHashMap<>();
                if (tuple.getValueNode() instanceof MappingNode headers) {
                    for (NodeTuple header : headers.getValue()) {
                        profile.put(text(header.getKeyNode()), text(header.getValueNode()));
                    }
                }
                profiles.put(text(tuple.getKeyNode()), profile);
            }
        }
        return profiles;
    }

    private List<String> recipients(Node node) {
        if (node instanceof MappingNode board && entries(board, Set.of("recipients"), "board.")
                .get("recipients") instanceof SequenceNode list) {
            return list.getValue().stream().map(AssociationConfigLoader::text).toList();
        }
        return List.of();
    }

    Map<String, Node> entries(MappingNode mapping, Set<String> known, String path) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = text(tuple.getKeyNode());
            if (!known.contains(key)) {
                findings.add(Finding.of(CheckId.CONFIG_UNKNOWN_KEY, location(tuple.getKeyNode()), key, path + key));
            }
            entries.put(key, tuple.getValueNode());
        }
        return entries;
    }

    private BigDecimal amount(Node node, String key) {
        BigDecimal value = decimal(node, key);
        if (value == null) {
            return null;
        }
        if (value.scale() > Amounts.SCALE) {
            error(node, key + " : au plus deux décimales");
            return null;
        }
        return Amounts.exact(value);
    }

    private BigDecimal decimal(Node node, String key) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.').trim());
        } catch (NumberFormatException e) {
            error(node, key + " : nombre attendu, trouvé « " + text + " »");
            return null;
        }
    }

    private LocalDate date(Node node, String key) {
        String text = text(node);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (RuntimeException e) {
            error(node, key + " : date attendue au format AAAA-MM-JJ, trouvé « " + text + " »");
            return null;
        }
    }

    static String text(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    void warn(Finding finding) {
        findings.add(finding);
    }

    void error(Node node, String message) {
        findings.add(Finding.of(CheckId.CONFIG_INVALID, location(node), null, message));
    }

    static SourceLocation location(Node node) {
        return node == null ? SourceLocation.ofFile(FILE_NAME)
                : SourceLocation.ofRow(FILE_NAME, null, node.getStartMark().getLine() + 1);
    }

    private static AssociationConfig defaults(String name) {
        return AssociationConfig.minimal(name, MonthDay.of(1, 1));
    }
}
