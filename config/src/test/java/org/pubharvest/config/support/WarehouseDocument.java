package org.pubharvest.config.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code docs/warehouse.md} as data: the data dictionary's tables and views with their columns,
 * and the example queries with the output they show.
 *
 * @param text      the whole page
 * @param relations documented tables and views by name, each with its columns in order
 * @param examples  every {@code sql} block followed by an output block, in order
 */
public record WarehouseDocument(String text, Map<String, List<Column>> relations, List<Example> examples) {

    public static final Path PATH = Path.of("..", "docs", "warehouse.md");

    /** A section of the dictionary: {@code ### `name` (table)} or {@code (view)}. */
    private static final Pattern SECTION = Pattern.compile("^### `([a-z_]+)` \\((table|view)\\)$", Pattern.MULTILINE);
    /** A row of a section's column table: {@code | `column` | TYPE | yes | meaning | example |}. */
    private static final Pattern COLUMN = Pattern.compile("^\\| `([a-z_]+)` \\| ([^|]+) \\| (yes|no) \\| ([^|]+) \\|",
            Pattern.MULTILINE);
    private static final Pattern EXAMPLE = Pattern.compile("```sql\\n(.*?)\\n```\\n\\n```(text|csv|json)\\n(.*?)```\\n",
            Pattern.DOTALL);

    /**
     * @param name     the column's name
     * @param type     its type as documented
     * @param nullable whether it is documented as nullable
     */
    public record Column(String name, String type, boolean nullable) {
    }

    /**
     * @param sql    the query
     * @param format the {@code query --format} that prints it: table, csv or json
     * @param output what the page shows it prints
     */
    public record Example(String sql, String format, String output) {
    }

    public static WarehouseDocument read() throws IOException {
        String text = Files.readString(PATH);
        Map<String, List<Column>> relations = new LinkedHashMap<>();
        Matcher section = SECTION.matcher(text);
        List<int[]> bounds = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (section.find()) {
            names.add(section.group(1));
            bounds.add(new int[] {section.end(), text.length()});
            if (bounds.size() > 1) {
                bounds.get(bounds.size() - 2)[1] = section.start();
            }
        }
        for (int index = 0; index < names.size(); index++) {
            String body = text.substring(bounds.get(index)[0], nextHeading(text, bounds.get(index)));
            List<Column> columns = new ArrayList<>();
            Matcher column = COLUMN.matcher(body);
            while (column.find()) {
                columns.add(new Column(column.group(1), column.group(2).trim(), column.group(3).equals("yes")));
            }
            if (relations.put(names.get(index), columns) != null) {
                throw new IllegalStateException(PATH + " documents " + names.get(index) + " twice");
            }
        }
        List<Example> examples = new ArrayList<>();
        Matcher example = EXAMPLE.matcher(text);
        while (example.find()) {
            String format = example.group(2).equals("text") ? "table" : example.group(2);
            examples.add(new Example(example.group(1), format, example.group(3)));
        }
        return new WarehouseDocument(text, relations, examples);
    }

    /** A section ends at the next heading of any level. */
    private static int nextHeading(String text, int[] bounds) {
        int heading = text.indexOf("\n#", bounds[0]);
        return heading < 0 || heading > bounds[1] ? bounds[1] : heading;
    }
}
