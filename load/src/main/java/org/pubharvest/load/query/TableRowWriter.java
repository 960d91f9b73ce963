package org.pubharvest.load.query;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An aligned table for a terminal: columns padded to their widest value, numbers to the right.
 * Aligning needs every row first, so this one holds the result: it is for reading, and
 * {@code export} is for data of any size. Line breaks print as spaces and a value longer than
 * {@value #MAX_WIDTH} characters is cut with an ellipsis, so that a row stays one line.
 */
final class TableRowWriter implements RowWriter {

    static final int MAX_WIDTH = 80;

    private final Writer out;
    private final List<String[]> lines = new ArrayList<>();
    private boolean[] rightAligned;

    TableRowWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void header(List<String> columns) {
        lines.add(columns.toArray(String[]::new));
        rightAligned = new boolean[columns.size()];
        Arrays.fill(rightAligned, true);
    }

    @Override
    public void row(Object[] values) {
        String[] cells = new String[values.length];
        for (int column = 0; column < values.length; column++) {
            Object value = values[column];
            cells[column] = value == null ? "" : cell(ColumnValues.text(value));
            if (value != null && !(value instanceof Number)) {
                rightAligned[column] = false;
            }
        }
        lines.add(cells);
    }

    @Override
    public void finish() throws IOException {
        int[] widths = new int[rightAligned.length];
        for (String[] line : lines) {
            for (int column = 0; column < line.length; column++) {
                widths[column] = Math.max(widths[column], line[column].length());
            }
        }
        for (int index = 0; index < lines.size(); index++) {
            print(lines.get(index), widths, index > 0);
            if (index == 0) {
                String[] rule = new String[widths.length];
                for (int column = 0; column < widths.length; column++) {
                    rule[column] = "-".repeat(widths[column]);
                }
                print(rule, widths, false);
            }
        }
        out.flush();
    }

    private void print(String[] cells, int[] widths, boolean alignNumbers) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.length; column++) {
            String padding = " ".repeat(widths[column] - cells[column].length());
            line.append(column > 0 ? "  " : "");
            line.append(alignNumbers && rightAligned[column] ? padding + cells[column] : cells[column] + padding);
        }
        out.write(line.toString().stripTrailing());
        out.write('\n');
    }

    private static String cell(String text) {
        String oneLine = text.replaceAll("\\s*[\\r\\n]+\\s*", " ");
        return oneLine.length() <= MAX_WIDTH ? oneLine : oneLine.substring(0, MAX_WIDTH - 1) + "…";
    }
}
