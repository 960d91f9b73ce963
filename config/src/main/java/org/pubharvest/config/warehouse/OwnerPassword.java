package org.pubharvest.config.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The generated password of an H2 warehouse's owner account, in a file next to the database that only
 * the owning OS user may read ({@code rw-------}). The warehouse is served to readers on a loopback port
 * while a harvest holds it, and over that port the owner account (an H2 admin, who could
 * {@code CREATE ALIAS} and so run code as the harvest's user) must be out of reach of anyone who
 * cannot read this file. Created once, atomically, and never changed.
 */
public final class OwnerPassword {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 24;

    private OwnerPassword() {
    }

    /** The password kept for the warehouse, made and kept first if there is none yet. */
    public static String readOrCreate(H2WarehouseFiles files) {
        Path file = files.ownerPassword();
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return read(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the warehouse owner's password in " + file, e);
        }
    }

    /** The password kept for the warehouse; fails when there is none (the file never opened with this version). */
    public static String read(H2WarehouseFiles files) throws IOException {
        return Files.readString(files.ownerPassword(), StandardCharsets.US_ASCII).strip();
    }

    private static void create(Path file) throws IOException {
        byte[] secret = new byte[BYTES];
        RANDOM.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path draft = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp");
        try {
            ownerOnly(draft);
            Files.writeString(draft, password + "\n", StandardCharsets.US_ASCII);
            // A link, not a rename (which replaces on POSIX): of two processes starting at once, the
            // first to link its draft wins, and the other reads that one.
            Files.createLink(file, draft);
        } catch (FileAlreadyExistsException lostTheRace) {
            // the other process's password stands
        } catch (UnsupportedOperationException noHardLinks) {
            Files.move(draft, file);
        } finally {
            Files.deleteIfExists(draft);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // A file system without POSIX permissions (Windows) keeps its own ACLs: the user's profile rules.
        }
    }
}
