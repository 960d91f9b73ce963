package org.pubharvest.transform.area;

import java.util.Objects;

/**
 * A research area of a site's taxonomy.
 *
 * @param slug natural key, the last path segment of the area's page
 * @param name display name
 */
public record ResearchArea(String slug, String name) {

    public ResearchArea {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
    }
}
