package org.pubharvest.config.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.convert.DurationStyle;

/**
 * A command line split into the command, its own options ({@code --year=2021}, {@code --force}),
 * positional arguments, and Spring properties ({@code --spring.datasource.url=...}: any option
 * whose name has a dot), which go to the application unchanged.
 *
 * @param command    the first argument, or null
 * @param options    the command's options, by name; a flag maps to "true"
 * @param positional the other arguments, in order
 * @param properties Spring property arguments, as given
 */
public record Arguments(String command, Map<String, String> options, List<String> positional, List<String> properties) {

    public static Arguments parse(String... args) {
        String command = null;
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.length() > 2) {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
                if (name.contains(".")) {
                    properties.add(arg);
                } else if (options.put(name, equals < 0 ? "true" : arg.substring(equals + 1)) != null) {
                    throw new UsageException("option --" + name + " is given twice");
                }
            } else if (command == null && !arg.startsWith("-")) {
                command = arg;
            } else {
                positional.add(arg);
            }
        }
        return new Arguments(command, options, positional, properties);
    }

    /** Fails on any option the command does not know. */
    public void allowOnly(String... known) {
        Set<String> allowed = Set.of(known);
        for (String name : options.keySet()) {
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option --" + name + " for '" + command + "'"
                        + (allowed.isEmpty() ? " (it takes none)" : " (it takes " + describe(allowed) + ")"));
            }
        }
    }

    public void requirePositional(int count, String what) {
        if (positional.size() != count) {
            throw new UsageException("'" + command + "' takes " + what + (positional.isEmpty() ? ", none given"
                    : ", got " + positional.size() + " argument(s): " + String.join(" ", positional)));
        }
    }

    public String required(String option) {
        String value = options.get(option);
        if (value == null || value.isBlank() || value.equals("true")) {
            throw new UsageException("'" + command + "' needs --" + option + "=...");
        }
        return value;
    }

    public boolean has(String option) {
        return options.containsKey(option);
    }

    /** A whole number within bounds, or a usage error naming the option. */
    public int intOption(String option, int min, int max) {
        String value = required(option);
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                throw new UsageException("--" + option + " must be between " + min + " and " + max + ", got " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " must be a whole number, got '" + value + "'");
        }
    }

    /** A duration as settings are written ({@code 30s}, {@code 5m}, {@code 500ms}), at least {@code min}. */
    public Duration durationOption(String option, Duration min) {
        String value = required(option);
        Duration duration;
        try {
            duration = DurationStyle.SIMPLE.parse(value.trim());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + option + " must be a duration such as 30s or 5m, got '" + value + "'");
        }
        if (duration.compareTo(min) < 0) {
            throw new UsageException("--" + option + " must be at least " + min.toMillis() + "ms, got " + value);
        }
        return duration;
    }

    /** One of a fixed set of values, by name; the default when the option is not given. */
    public <T> T choice(String option, Map<String, T> choices, String defaultName) {
        String name = options.getOrDefault(option, defaultName);
        T value = choices.get(name);
        if (value == null) {
            throw new UsageException("--" + option + " must be one of " + String.join(", ", new TreeSet<>(choices.keySet()))
                    + ", got '" + name + "'");
        }
        return value;
    }

    private static String describe(Set<String> allowed) {
        StringBuilder text = new StringBuilder();
        for (String name : new TreeSet<>(allowed)) {
            text.append(text.isEmpty() ? "" : ", ").append("--").append(name);
        }
        return text.toString();
    }
}
