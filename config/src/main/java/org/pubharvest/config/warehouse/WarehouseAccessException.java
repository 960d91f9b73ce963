package org.pubharvest.config.warehouse;

/** The warehouse could not be opened for a reason the user must see to (its owner account's password, say). */
public class WarehouseAccessException extends RuntimeException {

    public WarehouseAccessException(String message) {
        super(message);
    }
}
