package org.pubharvest.config.job;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The page kinds known to the application, by name. */
public final class PageKinds {

    private final Map<String, PageKind<?>> byName;

    public PageKinds(List<PageKind<?>> kinds) {
        this.byName = kinds.stream().collect(Collectors.toUnmodifiableMap(PageKind::name, Function.identity()));
    }

    /** The names of the kinds whose pages are lists of items (see {@link PageKind#listsItems()}). */
    public Set<String> listKinds() {
        return byName.values().stream().filter(PageKind::listsItems).map(PageKind::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every kind's name. */
    public Set<String> names() {
        return byName.keySet();
    }

    public PageKind<?> get(String name) {
        PageKind<?> kind = byName.get(name);
        if (kind == null) {
            throw new IllegalStateException("no page kind named '" + name + "' (known: " + byName.keySet() + ")");
        }
        return kind;
    }
}
