package org.pubharvest.config.job;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The page kinds known to the application, by name. */
public final class PageKinds {

    private final Map<String, PageKind<?>> byName;

    public PageKinds(List<PageKind<?>> kinds) {
        this.byName = kinds.stream().collect(Collectors.toUnmodifiableMap(PageKind::name, Function.identity()));
    }

    public PageKind<?> get(String name) {
        PageKind<?> kind = byName.get(name);
        if (kind == null) {
            throw new IllegalStateException("no page kind named '" + name + "' (known: " + byName.keySet() + ")");
        }
        return kind;
    }
}
