package dev.lectern.tui.lanterna;

import java.nio.charset.StandardCharsets;

/**
 * Run on a pseudo-terminal by TtyTest: takes the terminal through the {@link Tty} named by its
 * argument ({@code native}, {@code stty}, or {@code process}: the one the reader would pick), prints what {@code stty -a} says while it is taken
 * and the size the Tty reports, then gives it back.
 */
final class TtyProbe {
    private TtyProbe() {
    }

    public static void main(String[] args) throws Exception {
        Tty tty = switch (args[0]) {
            case "native" -> NativeTty.onStandardInput();
            case "stty" -> new SttyTty();
            default -> Tty.ofProcess(); // as the reader picks
        };
        if (tty == null) {
            System.out.println("no native terminal library");
            return;
        }
        System.out.println("tty: " + tty.getClass().getSimpleName());
        tty.take();
        Process p = new ProcessBuilder("stty", "-a").redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        String taken = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        System.out.println("taken: " + taken.replaceAll("\\s+", " "));
        var size = tty.size();
        System.out.println("size: " + (size == null ? "unknown" : size.getColumns() + "x" + size.getRows()));
        tty.giveBack();
    }
}
