package dev.lectern.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where line-mode commands ({@code review}) read answers from: jline's line editor on a terminal,
 * plain lines from stdin otherwise (so a script or a test can feed them). Inside
 * {@code lectern shell} the shell's own reader is used, so there is one terminal owner.
 */
interface LineInput extends AutoCloseable {
    /** The next line typed after showing {@code prompt}, or null at end of input (Ctrl-D) or on Ctrl-C. */
    String read(String prompt) throws IOException;

    @Override
    default void close() throws IOException {
    }

    /** Set by the shell while it runs a command. */
    final class Shared {
        static org.jline.reader.LineReader reader;

        private Shared() {
        }
    }

    static LineInput open(Out out, java.io.InputStream stdin) throws IOException {
        if (Shared.reader != null) return jline(Shared.reader, false);
        if (out.term().terminal()) {
            org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder().system(true).build();
            return jline(org.jline.reader.LineReaderBuilder.builder().terminal(t).build(), true);
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        PrintStream s = out.stdout();
        return prompt -> {
            s.print(prompt);
            s.flush();
            String line = in.readLine();
            if (line != null) s.println(); // keep the transcript readable when the input is not echoed
            return line;
        };
    }

    private static LineInput jline(org.jline.reader.LineReader r, boolean owns) {
        return new LineInput() {
            @Override
            public String read(String prompt) {
                try {
                    return r.readLine(prompt);
                } catch (org.jline.reader.UserInterruptException | org.jline.reader.EndOfFileException e) {
                    return null;
                }
            }

            @Override
            public void close() throws IOException {
                if (owns) r.getTerminal().close();
            }
        };
    }
}
