package com.clientele.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.clientele.cli.ImportCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ImportCommandTest {

    private final StringWriter errors = new StringWriter();

    private int run(String... args) {
        CommandLine command = new CommandLine(new ImportCommand());
        command.setErr(new PrintWriter(errors, true));
        return command.execute(args);
    }

    @Test
    void anUnknownFormatFailsWithAClearMessage() {
        assertEquals(1, run("--format", "excel", "src/test/resources/ingest/clientele"));
        assertTrue(errors.toString().contains("unknown --format 'excel'"), errors.toString());
    }

    @Test
    void aMissingFolderFailsWithAClearMessage() {
        assertEquals(1, run("no/such/folder"));
        assertTrue(errors.toString().contains("is not a folder"), errors.toString());
    }
}
