package org.pubharvest.load;

import java.util.Objects;
import java.util.Optional;

import org.pubharvest.transform.area.ResearchArea;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows that many records share (people, research areas), found by their natural key or added. */
public final class Dimensions {

    private final JdbcClient jdbc;

    public Dimensions(JdbcClient jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** One author row per person name, whoever names them (a publication page, a blog post). */
    public long authorId(String name) {
        return findOrInsert("SELECT id FROM author WHERE name = ?", name, "INSERT INTO author (name) VALUES (?)", name);
    }

    public long researchAreaId(ResearchArea area) {
        return findOrInsert("SELECT id FROM research_area WHERE slug = ?", area.slug(),
                "INSERT INTO research_area (slug, name) VALUES (?, ?)", area.slug(), area.name());
    }

    /**
     * The row's id by its natural key, inserted first when missing; another writer inserting the same row at
     * once (a worker of a distributed run) is no error ({@link InsertIfAbsent}).
     */
    public long findOrInsert(String select, Object naturalKey, String insert, Object... insertParams) {
        Optional<Long> id = jdbc.sql(select).param(naturalKey).query(Long.class).optional();
        if (id.isPresent()) {
            return id.get();
        }
        InsertIfAbsent.insert(jdbc, insert, insertParams);
        return jdbc.sql(select).param(naturalKey).query(Long.class).single();
    }
}
