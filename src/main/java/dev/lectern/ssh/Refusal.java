package dev.lectern.ssh;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/** A channel request lectern does not serve: one line on stderr saying why, and a failing exit. */
final class Refusal implements Command {
    private final String message;
    private OutputStream err;
    private ExitCallback exit;

    Refusal(String message) {
        this.message = message;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        // CR LF: the client's terminal may be in raw mode
        err.write(("lectern: " + message + "\r\n").getBytes(StandardCharsets.UTF_8));
        err.flush();
        exit.onExit(1, message);
    }

    @Override
    public void destroy(ChannelSession channel) {
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void setInputStream(java.io.InputStream in) {
    }

    @Override
    public void setOutputStream(OutputStream out) {
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }
}
