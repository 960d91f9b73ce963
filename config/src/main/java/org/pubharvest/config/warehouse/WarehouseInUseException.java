package org.pubharvest.config.warehouse;

import java.util.Optional;

/** Another harvest holds the warehouse: nothing was done, and the same command works once it ends. */
public class WarehouseInUseException extends RuntimeException {

    public WarehouseInUseException(Optional<WarehouseHolder> holder) {
        super("the warehouse is in use by another harvest ("
                + holder.map(WarehouseHolder::describe).orElse("it has not written who it is yet")
                + "); try again when it ends");
    }
}
