package org.pubharvest.config.warehouse;

import java.util.Optional;

/** Another harvest holds the warehouse: nothing was done, and the same command works once it ends. */
public class WarehouseInUseException extends RuntimeException {

    public WarehouseInUseException(Optional<WarehouseHolder> holder) {
        super("the warehouse is in use by another harvest ("
                + holder.map(WarehouseHolder::describe).orElse("it has not written who it is yet")
                + "); try again when it ends");
    }

    private WarehouseInUseException(String message) {
        super(message);
    }

    /**
     * An H2 file another process holds (a harvest, {@code serve}, {@code demo}); the holder is known from
     * the note it leaves next to the file, unless it is an older pubharvest or a reader that opened the
     * file itself.
     */
    public static WarehouseInUseException h2File(Optional<WarehouseHolder> holder) {
        return new WarehouseInUseException("the warehouse is in use by another process ("
                + holder.map(WarehouseHolder::describe).orElse("one that did not say who it is: a query or a BI tool with the file open?")
                + "); an H2 file admits one process at a time: try again when it ends");
    }
}
