package org.cloture.ingest.helloasso;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.cloture.ingest.cells.Texts;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** HelloAsso's statuses, campaign types and payout words, from {@code ingest/helloasso.yml}. */
final class HelloAssoVocabulary {

    static final String RESOURCE = "/ingest/helloasso.yml";
    private static final HelloAssoVocabulary BUILT_IN = load();

    /** What a status means for the money. */
    enum Status { COUNTED, REFUNDED, OTHER }

    /** A kind of campaign, with the French word for its total. */
    record CampaignType(String code, String label) {

        boolean isMembership() {
            return code.equals("membership");
        }
    }

    private final Set<String> counted;
    private final Set<String> refunded;
    private final Map<String, CampaignType> campaignByWord;
    private final Set<String> paidOut;

    private HelloAssoVocabulary(Set<String> counted, Set<String> refunded, Map<String, CampaignType> campaignByWord,
                                Set<String> paidOut) {
        this.counted = counted;
        this.refunded = refunded;
        this.campaignByWord = campaignByWord;
        this.paidOut = paidOut;
    }

    static HelloAssoVocabulary builtIn() {
        return BUILT_IN;
    }

    Status status(String text) {
        String key = Texts.key(text);
        if (counted.contains(key)) {
            return Status.COUNTED;
        }
        return refunded.contains(key) ? Status.REFUNDED : Status.OTHER;
    }

    Optional<CampaignType> campaign(String text) {
        return Optional.ofNullable(campaignByWord.get(Texts.key(text)));
    }

    boolean paidOut(String text) {
        return paidOut.contains(Texts.key(text));
    }

    @SuppressWarnings("unchecked")
    private static HelloAssoVocabulary load() {
        try (InputStream input = HelloAssoVocabulary.class.getResourceAsStream(RESOURCE)) {
            if (input == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
            Map<String, List<String>> statuses = (Map<String, List<String>>) root.get("statuses");
            Map<String, CampaignType> campaigns = new LinkedHashMap<>();
            ((Map<String, Map<String, Object>>) root.get("campaignTypes")).forEach((code, entry) -> {
                CampaignType type = new CampaignType(code, (String) entry.get("label"));
                ((List<String>) entry.get("words")).forEach(word -> campaigns.put(Texts.key(word), type));
            });
            Map<String, List<String>> payouts = (Map<String, List<String>>) root.get("payouts");
            return new HelloAssoVocabulary(keys(statuses.get("counted")), keys(statuses.get("refunded")),
                    Map.copyOf(campaigns), keys(payouts.get("paidOut")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> keys(List<String> words) {
        return words.stream().map(Texts::key).collect(Collectors.toUnmodifiableSet());
    }
}
