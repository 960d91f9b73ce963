package org.pubharvest.load.page;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Walks the gzip members of a WARC file (one per record, as WARC's record-at-a-time compression has
 * it) to find where the last whole one ends. A member is whole when it inflates to its end and its
 * trailer's CRC-32 and length match what it inflated to; a write cut short by a kill fails one of
 * these, however far it got. Nothing is kept but the counts, so a file of any size is walked in a
 * fixed amount of memory.
 */
final class GzipMembers {

    private static final int FHCRC = 2;
    private static final int FEXTRA = 4;
    private static final int FNAME = 8;
    private static final int FCOMMENT = 16;

    private GzipMembers() {
    }

    /** The offset just past the last whole member at or after {@code from}; {@code from} if there is none. */
    static long endOfWholeMembers(FileChannel channel, long from) throws IOException {
        Input in = new Input(channel, from);
        long end = from;
        byte[] inflated = new byte[1 << 16];
        while (isWholeMember(in, inflated)) {
            end = in.position();
        }
        return end;
    }

    private static boolean isWholeMember(Input in, byte[] inflated) throws IOException {
        if (in.read() != 0x1f || in.read() != 0x8b || in.read() != 8) {
            return false; // the end of the file, or not the start of a member
        }
        int flags = in.read();
        if (flags < 0 || !in.skip(6)) {
            return false;
        }
        if ((flags & FEXTRA) != 0 && !in.skip(in.read() | in.read() << 8)) {
            return false;
        }
        if ((flags & FNAME) != 0 && !in.skipPastZero() || (flags & FCOMMENT) != 0 && !in.skipPastZero()) {
            return false;
        }
        if ((flags & FHCRC) != 0 && !in.skip(2)) {
            return false;
        }
        Inflater inflater = new Inflater(true);
        CRC32 crc = new CRC32();
        long size = 0;
        try {
            while (!inflater.finished()) {
                if (inflater.needsInput() && !in.feed(inflater)) {
                    return false;
                }
                int n = inflater.inflate(inflated);
                crc.update(inflated, 0, n);
                size += n;
                if (n == 0 && inflater.needsDictionary()) {
                    return false;
                }
            }
            in.giveBack(inflater.getRemaining());
        } catch (DataFormatException corrupt) {
            return false;
        } finally {
            inflater.end();
        }
        long storedCrc = in.readIntLittleEndian();
        long storedSize = in.readIntLittleEndian();
        return storedCrc == crc.getValue() && storedSize == (size & 0xffffffffL);
    }

    /** The file from an offset, read through one buffer that the inflater reads from in place. */
    private static final class Input {

        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        private long bufferStart;

        Input(FileChannel channel, long from) {
            this.channel = channel;
            this.bufferStart = from;
            buffer.limit(0);
        }

        long position() {
            return bufferStart + buffer.position();
        }

        int read() throws IOException {
            return fill() ? buffer.get() & 0xff : -1;
        }

        long readIntLittleEndian() throws IOException {
            long value = 0;
            for (int i = 0; i < 4; i++) {
                int b = read();
                if (b < 0) {
                    return -1;
                }
                value |= (long) b << (8 * i);
            }
            return value;
        }

        boolean skip(int count) throws IOException {
            for (int i = 0; i < count; i++) {
                if (read() < 0) {
                    return false;
                }
            }
            return count >= 0;
        }

        boolean skipPastZero() throws IOException {
            int b;
            while ((b = read()) > 0) {
                // a zero-terminated name or comment
            }
            return b == 0;
        }

        /** Hands the inflater what is buffered; false at the end of the file. */
        boolean feed(Inflater inflater) throws IOException {
            if (!fill()) {
                return false;
            }
            inflater.setInput(buffer.array(), buffer.position(), buffer.remaining());
            buffer.position(buffer.limit());
            return true;
        }

        /** The inflater's unread input goes back: it belongs to the trailer and the next member. */
        void giveBack(int count) {
            buffer.position(buffer.position() - count);
        }

        private boolean fill() throws IOException {
            if (buffer.hasRemaining()) {
                return true;
            }
            bufferStart += buffer.position();
            buffer.clear();
            int n = channel.read(buffer, bufferStart);
            buffer.flip();
            return n > 0;
        }
    }
}
