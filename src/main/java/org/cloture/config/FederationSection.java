package org.cloture.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.cloture.source.CheckId;
import org.cloture.source.Finding;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The {@code federation:} section of association.yml: territories (id, name, département) and member
 * associations (id, name, territory). Problems are findings naming their line, like the rest of the file.
 */
final class FederationSection {

    /**
     * A member id is the name of its folder inside a year folder: one path segment, not hidden, not a year
     * (those folders are never members).
     */
    private static final Pattern FOLDER_NAME = Pattern.compile("[^/\\\\.][^/\\\\]*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final AssociationConfigLoader loader;

    FederationSection(AssociationConfigLoader loader) {
        this.loader = loader;
    }

    /** Null when association.yml has no {@code federation:} key (an association that is not a federation). */
    AssociationConfig.Federation read(Node node) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar && (scalar.getValue() == null || scalar.getValue().isBlank()
                || scalar.getTag().getValue().endsWith(":null"))) {
            return new AssociationConfig.Federation(List.of(), List.of());
        }
        if (!(node instanceof MappingNode mapping)) {
            loader.error(node, "federation doit contenir « territories » et « members »");
            return new AssociationConfig.Federation(List.of(), List.of());
        }
        Map<String, Node> values = loader.entries(mapping, Set.of("territories", "members"), "federation.");
        List<AssociationConfig.Territory> territories = territories(values.get("territories"));
        return new AssociationConfig.Federation(territories, members(values.get("members"), territories));
    }

    private List<AssociationConfig.Territory> territories(Node node) {
        List<AssociationConfig.Territory> territories = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEachItem(node, "federation.territories", item -> {
            Map<String, Node> values = loader.entries(item, Set.of("id", "name", "departement"),
                    "federation.territories.");
            String id = AssociationConfigLoader.text(values.get("id"));
            if (id == null || id.isBlank()) {
                loader.error(item, "federation.territories : chaque territoire demande un « id »");
            } else if (!ids.add(id)) {
                loader.error(values.get("id"), "federation.territories : territoire « " + id + " » déclaré deux fois");
            } else {
                String name = AssociationConfigLoader.text(values.get("name"));
                territories.add(new AssociationConfig.Territory(id, name == null ? id : name,
                        AssociationConfigLoader.text(values.get("departement"))));
            }
        });
        return territories;
    }

    private List<AssociationConfig.MemberAssociation> members(Node node, List<AssociationConfig.Territory> territories) {
        List<AssociationConfig.MemberAssociation> members = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEachItem(node, "federation.members", item -> {
            Map<String, Node> values = loader.entries(item, Set.of("id", "name", "territory"), "federation.members.");
            String id = AssociationConfigLoader.text(values.get("id"));
            if (id == null || id.isBlank()) {
                loader.error(item, "federation.members : chaque membre demande un « id » (le nom de son dossier)");
            } else if (!FOLDER_NAME.matcher(id).matches() || YEAR.matcher(id).matches()) {
                loader.error(values.get("id"), "federation.members : « " + id + " » ne peut pas nommer un dossier de "
                        + "membre (ni « / », ni point initial, ni année)");
            } else if (!ids.add(id)) {
                loader.error(values.get("id"), "federation.members : membre « " + id + " » déclaré deux fois");
            } else {
                members.add(member(id, values, territories));
            }
        });
        return members;
    }

    /** A member with a usable id; its territory must be one of the declared ones. */
    private AssociationConfig.MemberAssociation member(String id, Map<String, Node> values,
                                                       List<AssociationConfig.Territory> territories) {
        String name = AssociationConfigLoader.text(values.get("name"));
        String territory = AssociationConfigLoader.text(values.get("territory"));
        boolean known = territory == null || territories.stream().anyMatch(t -> t.id().equals(territory));
        if (!known) {
            loader.warn(Finding.of(CheckId.FEDERATION_TERRITORY_UNKNOWN,
                    AssociationConfigLoader.location(values.get("territory")), territory, id, territory));
        }
        return new AssociationConfig.MemberAssociation(id, name == null ? id : name, known ? territory : null);
    }

    /** Each mapping of a list, in order; anything else is reported (in its place) and skipped. */
    private void forEachItem(Node node, String key, Consumer<MappingNode> action) {
        if (node == null) {
            return;
        }
        if (!(node instanceof SequenceNode sequence)) {
            loader.error(node, key + " doit être une liste (une ligne « - { id: …, name: … } » par élément)");
            return;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                action.accept(mapping);
            } else {
                loader.error(item, key + " : chaque élément s'écrit { id: …, name: … }");
            }
        }
    }
}
