package org.pubharvest.config.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.pubharvest.config.warehouse.H2WarehouseFiles;
import org.pubharvest.config.warehouse.OwnerPassword;

/** The owner account's password of an H2 warehouse file the application made or opened: the generated one. */
public final class H2Owner {

    public static final String USER = "sa";

    private H2Owner() {
    }

    /** The generated password kept next to the file; empty for a file the application never opened (or not a file). */
    public static String password(String jdbcUrl) {
        return H2WarehouseFiles.forUrl(jdbcUrl).filter(files -> files.ownerPassword().toFile().exists()).map(files -> {
            try {
                return OwnerPassword.read(files);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse("");
    }
}
