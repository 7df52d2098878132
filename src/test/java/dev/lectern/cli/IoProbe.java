package dev.lectern.cli;

/** Prints both answers to "is this a terminal?", for IoTest's pseudo-terminal. */
final class IoProbe {
    private IoProbe() {
    }

    public static void main(String[] args) {
        System.out.println("proc=" + Io.terminalByProc() + " console=" + Io.consoleSaysTerminal());
    }
}
