package com.clientele.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time a process has used so far (user + system, all its threads), from {@code /proc/<pid>/stat} fields 14 and
 * 15, in milliseconds; Linux only. The clock tick is 100 Hz here ({@code getconf CLK_TCK}), so a reading is good to
 * 10 ms.
 */
final class ProcessCpu {

    private static final long MILLIS_PER_TICK = 10;

    private final long pid;

    ProcessCpu(long pid) {
        this.pid = pid;
    }

    static ProcessCpu self() {
        return new ProcessCpu(ProcessHandle.current().pid());
    }

    long pid() {
        return pid;
    }

    long millis() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // the command name (field 2) may hold spaces; the fields after its closing parenthesis do not
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            long userTicks = Long.parseLong(fields[11]);
            long systemTicks = Long.parseLong(fields[12]);
            return (userTicks + systemTicks) * MILLIS_PER_TICK;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CPU time of process " + pid, e);
        }
    }
}
