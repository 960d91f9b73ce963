package org.pubharvest.config.warehouse;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** This machine's name, as a holder of the warehouse names itself. */
final class HostName {

    private HostName() {
    }

    static String local() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown");
        }
    }
}
