package org.pubharvest.ingest.metadata;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The JSON-LD objects of a page and the blocks that could not be read.
 *
 * @param objects  typed objects in page order
 * @param problems one message per unreadable block
 */
public record JsonLdObjects(List<JsonNode> objects, List<String> problems) {

    public JsonLdObjects {
        objects = List.copyOf(objects);
        problems = List.copyOf(problems);
    }

    /** The first object whose {@code @type} (or one of its types) is in the set, compared in lower case. */
    public Optional<JsonNode> firstOfType(Set<String> lowerCaseTypes) {
        return objects.stream().filter(object -> JsonLd.types(object).stream()
                .map(JsonLdReader::lowerCase).anyMatch(lowerCaseTypes::contains)).findFirst();
    }
}
