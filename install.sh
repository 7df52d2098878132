#!/usr/bin/env bash
# Builds lectern and installs it: the jar, a launcher, the bundled library, the SQLite native
# library pre-extracted, a class-data archive for fast start-up, and bash completion.
#   ./install.sh                  install (to /usr/local as root, else ~/.local)
#   ./install.sh --prefix DIR     install under DIR
#   ./install.sh --java PATH      run lectern on this java (default: the newest JDK >= 17 found)
#   ./install.sh --uninstall      remove what an install put there (study data is kept)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix=""
uninstall=0
java_choice="${LECTERN_JAVA:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --uninstall) uninstall=1; shift ;;
    --java) java_choice="${2:?--java needs the path of a java program}"; shift 2 ;;
    --java=*) java_choice="${1#--java=}"; shift ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
if [ -z "$prefix" ]; then
  if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
fi
mkdir -p "$prefix"
prefix="$(cd "$prefix" && pwd)"
share="$prefix/share/lectern"
bin="$prefix/bin"
completion_dir="$prefix/share/bash-completion/completions"

if [ "$uninstall" = 1 ]; then
  rm -rf "$share" "$bin/lectern" "$completion_dir/lectern"
  echo "Removed lectern from $prefix. Your study data (~/.local/share/lectern) was kept."
  exit 0
fi

# --- requirements ---------------------------------------------------------------------------
# The newest JDK >= 17 on the machine starts lectern fastest (24+ has the AOT cache), so look
# beyond PATH: JAVA_HOME, PATH, the usual install folders. --java or LECTERN_JAVA overrides.
java_major_of() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | sed 's/^1\.//; s/\..*//'
}
java_bin=""; java_major=""
consider_java() {
  local candidate="$1" major
  [ -x "$candidate" ] || return 0
  candidate="$(readlink -f "$candidate" 2>/dev/null || echo "$candidate")"
  major="$(java_major_of "$candidate")"
  case "$major" in ''|*[!0-9]*) return 0 ;; esac
  [ "$major" -ge 17 ] || return 0
  if [ -z "$java_major" ] || [ "$major" -gt "$java_major" ]; then java_bin="$candidate"; java_major="$major"; fi
}
if [ -n "$java_choice" ]; then
  consider_java "$java_choice"
  if [ -z "$java_bin" ]; then
    echo "install.sh: $java_choice is not a Java 17 or newer 'java' program." >&2
    exit 1
  fi
else
  [ -n "${JAVA_HOME:-}" ] && consider_java "$JAVA_HOME/bin/java"
  command -v java >/dev/null 2>&1 && consider_java "$(command -v java)"
  for candidate in /usr/lib/jvm/*/bin/java /opt/java/*/bin/java /opt/*/bin/java \
      /Library/Java/JavaVirtualMachines/*/Contents/Home/bin/java; do
    consider_java "$candidate"
  done
fi
if [ -z "$java_bin" ]; then
  echo "install.sh: Java 17 or newer is needed and none was found (looked at JAVA_HOME, PATH, /usr/lib/jvm)." >&2
  echo "  Debian/Ubuntu: sudo apt-get install openjdk-17-jdk    macOS: brew install openjdk@17" >&2
  exit 1
fi
echo "Using Java $java_major at $java_bin (another: ./install.sh --java /path/to/bin/java)."
if ! command -v mvn >/dev/null 2>&1; then
  echo "install.sh: Apache Maven is needed to build lectern and 'mvn' is not on PATH." >&2
  echo "  Debian/Ubuntu: sudo apt-get install maven    macOS: brew install maven" >&2
  exit 1
fi

# --- build ----------------------------------------------------------------------------------
echo "Building lectern (tests run with 'mvn verify')..."
(cd "$here" && mvn -B -q -DskipTests package)
jar="$here/target/lectern.jar"
[ -f "$jar" ] || { echo "install.sh: the build did not produce $jar" >&2; exit 1; }

# --- install files --------------------------------------------------------------------------
mkdir -p "$share" "$bin" "$completion_dir"
cp "$jar" "$share/lectern.jar.new" && mv -f "$share/lectern.jar.new" "$share/lectern.jar"
rm -rf "$share/content.new"
cp -R "$here/content" "$share/content.new"
rm -rf "$share/content" && mv "$share/content.new" "$share/content"

# sqlite-jdbc copies and byte-compares its native library on every start; extract it once.
os="$(uname -s)"; arch="$(uname -m)"
case "$os" in Linux) sos=Linux; lib=libsqlitejdbc.so ;; Darwin) sos=Mac; lib=libsqlitejdbc.dylib ;; *) sos=""; lib="" ;; esac
case "$arch" in x86_64|amd64) sarch=x86_64 ;; aarch64|arm64) sarch=aarch64 ;; *) sarch="" ;; esac
native_opts=""
if [ -n "$sos" ] && [ -n "$sarch" ]; then
  mkdir -p "$share/native"
  entry="org/sqlite/native/$sos/$sarch/$lib"
  if (cd "$share/native" && "$(dirname "$java_bin")/jar" xf "$share/lectern.jar" "$entry" 2>/dev/null) && [ -f "$share/native/$entry" ]; then
    mv -f "$share/native/$entry" "$share/native/$lib"
    rm -rf "$share/native/org"
    native_opts="-Dorg.sqlite.lib.path=$share/native -Dorg.sqlite.lib.name=$lib"
  else
    rm -rf "$share/native"
    echo "note: could not pre-extract the SQLite library; lectern will extract it at each start (slower)."
  fi
fi

# jline's terminal library (termios and the window size for the reader, tui.lanterna.NativeTty),
# for the same reason: otherwise jline copies it to the temporary folder at each reader start.
if [ "$sos" = Linux ] && [ -n "$sarch" ]; then
  mkdir -p "$share/native"
  jarch="$sarch"; [ "$sarch" = aarch64 ] && jarch=arm64 # jline's name for it
  entry="org/jline/nativ/Linux/$jarch/libjlinenative.so"
  if (cd "$share/native" && "$(dirname "$java_bin")/jar" xf "$share/lectern.jar" "$entry" 2>/dev/null) && [ -f "$share/native/$entry" ]; then
    mv -f "$share/native/$entry" "$share/native/libjlinenative.so"
    rm -rf "$share/native/org"
    native_opts="$native_opts -Dlibrary.jline.path=$share/native"
  fi
fi

# The few files read at every start (themes, glyph sets, the options index), copied out of the jar:
# read from a folder, a command never opens the jar, whose first opening reads a directory of
# some 4,000 entries (text/Bundled). The jar still holds them, for any other way of running it.
rm -rf "$share/bundled.new"; mkdir -p "$share/bundled.new"
if (cd "$share/bundled.new" && "$(dirname "$java_bin")/jar" xf "$share/lectern.jar" \
      dev/lectern/themes dev/lectern/glyphs dev/lectern/cli/quick-options.properties) \
    && [ -f "$share/bundled.new/dev/lectern/cli/quick-options.properties" ]; then
  rm -rf "$share/bundled" && mv "$share/bundled.new" "$share/bundled"
  native_opts="$native_opts -Dlectern.bundled=$share/bundled"
else
  rm -rf "$share/bundled.new" "$share/bundled"
fi

# C1 only and the serial collector start fastest; a fixed 32 MB young generation keeps the
# reader's memory near 95 MB whatever the machine's RAM (by default it grows with RAM).
jvm_opts="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m -Xmn32m"
# The jar goes on the class path with the main class named, not with -jar: -jar opens the jar to
# read its manifest, and that first opening reads the whole zip directory (~13 ms cold). The
# manifest's Enable-Native-Access then needs saying as an option (the SQLite library is native).
if "$java_bin" --enable-native-access=ALL-UNNAMED -version >/dev/null 2>&1; then
  jvm_opts="$jvm_opts --enable-native-access=ALL-UNNAMED"
fi
write_launcher() {
  cat > "$bin/lectern.new" <<LAUNCHER
#!/bin/sh
# lectern launcher, written by install.sh for Java $java_major; its class-data archive belongs to
# this JDK and jar. To use another JDK, run install.sh again with --java /path/to/bin/java.
${2:-}
exec "$java_bin" $jvm_opts $1 $native_opts -Dlectern.library="$share/content" -cp "$share/lectern.jar" dev.lectern.cli.Main "\$@"
LAUNCHER
  chmod +x "$bin/lectern.new" && mv -f "$bin/lectern.new" "$bin/lectern"
}
write_launcher ""

# --- class-data archive: AppCDS on Java 17-23, the AOT cache on 24+ -----------------------------
rm -f "$share/lectern.jsa" "$share/lectern.aot" "$share/lectern-quick.aot" "$share/search.aot" "$share/list.aot" "$share/define.aot" "$share/read.aot" "$share/reader.aot"
pick_cache=""
train_dir="$(mktemp -d)"
# One JVM runs the commands whose start-up matters (search, list, define...; see cli/Train), so
# the archive holds what they load. Same class path and options as the launcher, as archives require.
train() { "$java_bin" $jvm_opts "$@" $native_opts -Dlectern.library="$share/content" -cp "$share/lectern.jar" \
  dev.lectern.cli.Train --data-dir "$train_dir" >/dev/null 2>&1 || true; }
cds_opt=""
if [ "$java_major" -ge 24 ]; then
  train -XX:AOTCacheOutput="$share/lectern.aot"
  [ -f "$share/lectern.aot" ] && cds_opt="-XX:AOTCache=$share/lectern.aot"
  # search, list, define and read each get a cache trained on that command alone, on the index the
  # training above built: a cache holding only what a search loads maps and links in about half
  # the time of the full one (see docs/BENCHMARKS.md).
  # Plain lectern (the reader) gets one too, trained on the reader alone.
  quick_caches=1
  for c in search list define read reader; do
    train -XX:AOTCacheOutput="$share/$c.aot" -Dlectern.train.only=$c
    [ -f "$share/$c.aot" ] || quick_caches=""
  done
  # A cache also holds the training run's method profiles, and by default a JVM replays them at
  # start: C1 then compiles, on one of two cores, methods a short command never runs hot. Off,
  # search starts about 13 ms sooner and the reader's first frame about 35 ms (docs/BENCHMARKS.md).
  # The flag is diagnostic, so it is used only where this JDK accepts it.
  replay_opt=""
  if "$java_bin" -XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining -version >/dev/null 2>&1; then
    replay_opt="-XX:+UnlockDiagnosticVMOptions -XX:-AOTReplayTraining "
  fi
  [ -n "$cds_opt" ] && cds_opt="$replay_opt$cds_opt"
  if [ -n "$cds_opt" ] && [ -n "$quick_caches" ]; then
    cds_opt="$replay_opt"'"-XX:AOTCache=$cache"'
    # The root's options that take a value, as the build read them from LecternCommand's @Option
    # fields (cli/DeclaredOptions): the word after one is not a command name.
    with_value="$(sed -n 's/^LecternCommand\.\(-[a-z-]*\)=[A-Za-z]* value$/\1/p' \
      "$here/target/classes/dev/lectern/cli/quick-options.properties" | paste -sd'|' -)"
    [ -n "$with_value" ] || with_value="--library|--data-dir|--theme|--width"
    pick_cache="cache=\"$share/reader.aot\"; skip=0
for a; do
  if [ \$skip = 1 ]; then skip=0; continue; fi
  case \"\$a\" in
    $with_value) skip=1 ;;
    search|list|define|read) cache=\"$share/\$a.aot\"; break ;;
    -h|--help|-V|--version) cache=\"$share/lectern.aot\"; break ;;
    -*) ;;
    *) cache=\"$share/lectern.aot\"; break ;;
  esac
done"
  fi
else
  train -XX:ArchiveClassesAtExit="$share/lectern.jsa"
  [ -f "$share/lectern.jsa" ] && cds_opt="-XX:SharedArchiveFile=$share/lectern.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
fi
rm -rf "$train_dir"
[ -n "$cds_opt" ] && write_launcher "$cds_opt" "$pick_cache" || echo "note: no class-data archive was made; start-up will be slower."

# --- completion -----------------------------------------------------------------------------
"$bin/lectern" completion bash > "$completion_dir/lectern" 2>/dev/null || rm -f "$completion_dir/lectern"

echo "Installed lectern to $bin/lectern (library and jar in $share)."
case ":$PATH:" in
  *":$bin:"*) ;;
  *) echo "note: $bin is not on your PATH. Add it, e.g.: echo 'export PATH=\"$bin:\$PATH\"' >> ~/.bashrc" ;;
esac
