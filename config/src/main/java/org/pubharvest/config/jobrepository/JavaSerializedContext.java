package org.pubharvest.config.jobrepository;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * An execution context as older versions stored it (Spring Batch's DefaultExecutionContextSerializer:
 * a Java-serialized map, in Base64), read under a filter that lets through only the value types contexts
 * hold: strings, numbers, booleans, dates, the maps and lists around them, and Spring Batch's job
 * parameters. Any other class named in the bytes is refused before it is loaded.
 */
final class JavaSerializedContext {

    /** How every Java-serialized context begins: the stream magic 0xACED0005 in Base64. */
    static final String MARK = "rO0AB";

    private static final Set<String> ALLOWED = Set.of(
            "java.lang.String", "java.lang.Number", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Boolean", "java.lang.Character",
            "java.lang.Enum", "java.util.Date", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.ArrayList",
            // ExecutionContext.toMap(): an unmodifiable view of a ConcurrentHashMap, which writes segments and
            // their locks to stay readable by Java 7. Map.Entry is an interface: nothing of it is instantiated.
            "java.util.Collections$UnmodifiableMap", "java.util.Map$Entry", "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentHashMap$Segment",
            "java.util.concurrent.locks.ReentrantLock", "java.util.concurrent.locks.ReentrantLock$Sync",
            "java.util.concurrent.locks.ReentrantLock$NonfairSync",
            "java.util.concurrent.locks.AbstractQueuedSynchronizer",
            "java.util.concurrent.locks.AbstractOwnableSynchronizer",
            "org.springframework.batch.core.job.parameters.JobParameters",
            "org.springframework.batch.core.job.parameters.JobParameter");

    private static final long MAX_DEPTH = 20;
    private static final long MAX_REFERENCES = 100_000;

    private JavaSerializedContext() {
    }

    static boolean isJavaSerialized(String stored) {
        return stored != null && stored.startsWith(MARK);
    }

    /**
     * The context's map.
     *
     * @throws RefusedContextException when the bytes name a class outside the allowed value types, or are
     *                                 not a serialized map at all
     */
    static Map<String, Object> read(String stored, String where) {
        ValueTypesOnly filter = new ValueTypesOnly();
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(stored)))) {
            in.setObjectInputFilter(filter);
            Object read = in.readObject();
            if (!(read instanceof Map<?, ?> map)) {
                throw new RefusedContextException(where + " is not a serialized map but " + read.getClass().getName());
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> context = (Map<String, Object>) map;
            return context;
        } catch (IOException | ClassNotFoundException | IllegalArgumentException e) {
            if (filter.refused != null) {
                throw new RefusedContextException(where + " holds a serialized " + filter.refused
                        + ", which is not a value type an execution context may hold; it was not read. Remove the row"
                        + " (or its job execution) and start again", e);
            }
            throw new RefusedContextException(where + " cannot be read as a Java-serialized context: " + e, e);
        }
    }

    /** The allow list, with limits on depth and references, remembering the first class it refused. */
    private static final class ValueTypesOnly implements ObjectInputFilter {

        private String refused;

        @Override
        public Status checkInput(FilterInfo info) {
            if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES) {
                return Status.REJECTED;
            }
            Class<?> type = info.serialClass();
            if (type == null) {
                return Status.UNDECIDED;
            }
            while (type.isArray()) {
                type = type.getComponentType();
            }
            if (type.isPrimitive() || ALLOWED.contains(type.getName())) {
                return Status.ALLOWED;
            }
            if (refused == null) {
                refused = type.getName();
            }
            return Status.REJECTED;
        }
    }
}
