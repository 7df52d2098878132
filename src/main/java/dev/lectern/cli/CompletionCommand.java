package dev.lectern.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern completion bash|zsh}: prints a completion script for the shell. */
@Command(name = "completion", description = {"Print a shell completion script.",
        "bash: source <(lectern completion bash)   zsh: source <(lectern completion zsh)"}, mixinStandardHelpOptions = true)
final class CompletionCommand implements Callable<Integer> {
    enum Shell { bash, zsh }

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String script = AutoComplete.bash("lectern", root);
        if (shell == Shell.zsh) {
            // picocli's script is bash; zsh runs it through its bash-completion emulation.
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        spec.commandLine().getOut().print(script);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
