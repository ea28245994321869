#!/bin/sh
# The Debian package as a user gets it (see README, "Installing").
#
#   check_package.sh build BUILD_DIR OUT_DIR   cpack -G DEB, then lintian, desktop-file-validate
#                                              and appstreamcli on what the package holds
#   check_package.sh install OUT_DIR WORK_DIR  apt-get install ./the.deb, then the installed
#                                              program: --version, new --sample, a headless
#                                              brief, the .gtmw file type and its application
#
# "install" needs root (apt-get); without it the test is skipped (exit 77). It removes the
# package again when it was not installed before.
set -eu

fail() {
    echo "check_package: $*" >&2
    exit 1
}

case "${1:-}" in
build)
    BUILD_DIR=$2
    OUT_DIR=$3
    rm -rf "$OUT_DIR"
    mkdir -p "$OUT_DIR"
    (cd "$BUILD_DIR" && cpack -G DEB -B "$OUT_DIR" --config CPackConfig.cmake) >"$OUT_DIR/cpack.log" 2>&1 \
        || { cat "$OUT_DIR/cpack.log" >&2; fail "cpack failed"; }
    DEB=$(ls "$OUT_DIR"/gtm-workbench_*.deb)
    echo "== $(basename "$DEB"): $(du -k "$DEB" | cut -f1) KiB"
    dpkg-deb --field "$DEB"

    echo "== lintian (errors, warnings, info and pedantic tags shown; errors or warnings fail)"
    lintian --display-info --pedantic --fail-on error,warning --no-override "$DEB" 2>&1 \
        | grep -v 'running with root privileges is not recommended' || true
    # grep above hides lintian's status; run it once more for the verdict only.
    lintian --fail-on error,warning --no-override "$DEB" >/dev/null 2>&1 || fail "lintian refuses $DEB"
    echo "lintian: no errors, no warnings"

    CONTENT="$OUT_DIR/content"
    dpkg-deb -x "$DEB" "$CONTENT"
    echo "== desktop-file-validate"
    desktop-file-validate "$CONTENT"/usr/share/applications/*.desktop || fail "desktop-file-validate"
    echo "desktop-file-validate: no messages"
    echo "== appstreamcli validate --no-net --pedantic"
    appstreamcli validate --no-net --pedantic "$CONTENT"/usr/share/metainfo/*.metainfo.xml \
        || fail "appstreamcli validate"

    # The fonts the brief is set in come from Debian's packages, never from ours.
    DEPENDS=$(dpkg-deb -f "$DEB" Depends)
    for font in fonts-dejavu-core fonts-wqy-microhei; do
        echo "$DEPENDS" | grep -q "$font" || fail "the package does not depend on $font"
    done
    if find "$CONTENT" -name '*.ttf' -o -name '*.ttc' -o -name '*.otf' | grep -q .; then
        fail "the package bundles a font"
    fi
    for size in 16 32 48 64 128 256; do
        [ -s "$CONTENT/usr/share/icons/hicolor/${size}x${size}/apps/gtm-workbench.png" ] \
            || fail "no ${size}px icon"
    done
    ;;
install)
    OUT_DIR=$2
    WORK=$3
    if [ "$(id -u)" -ne 0 ]; then
        echo "check_package: installing a package needs root; skipped" >&2
        exit 77
    fi
    DEB=$(ls "$OUT_DIR"/gtm-workbench_*.deb)
    VERSION=$(dpkg-deb -f "$DEB" Version)
    WAS_INSTALLED=no
    if dpkg-query -W -f='${db:Status-Status}' gtm-workbench 2>/dev/null | grep -q '^installed$'; then
        WAS_INSTALLED=yes
    fi
    cleanup() {
        if [ "$WAS_INSTALLED" = no ]; then
            DEBIAN_FRONTEND=noninteractive apt-get remove -y gtm-workbench >/dev/null 2>&1 || true
        fi
    }
    trap cleanup EXIT

    echo "== apt-get install $DEB"
    DEBIAN_FRONTEND=noninteractive apt-get install -y "$DEB" >"$OUT_DIR/apt.log" 2>&1 \
        || { cat "$OUT_DIR/apt.log" >&2; fail "apt-get install failed"; }
    BIN=/usr/bin/gtm-workbench
    [ -x "$BIN" ] || fail "$BIN is not installed"
    man -w gtm-workbench >/dev/null 2>&1 || [ -s /usr/share/man/man1/gtm-workbench.1.gz ] \
        || fail "no manual page"

    rm -rf "$WORK"
    mkdir -p "$WORK"
    export XDG_RUNTIME_DIR="$WORK/xdg-runtime"
    mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
    unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM || true

    echo "== $BIN --version"
    SAID=$("$BIN" --version)
    echo "$SAID"
    [ "$SAID" = "gtm-workbench $VERSION" ] || fail "--version says '$SAID', the package is $VERSION"

    echo "== $BIN new --sample"
    LC_ALL=C.UTF-8 "$BIN" new --sample "$WORK/sample.gtmw"
    "$BIN" check "$WORK/sample.gtmw"

    echo "== $BIN brief (no display)"
    "$BIN" brief "$WORK/sample.gtmw" -o "$WORK/brief.pdf"
    "$BIN" brief "$WORK/sample.gtmw" -o "$WORK/brief-zh.pdf" --lang zh_CN
    head -c 5 "$WORK/brief.pdf" | grep -q '%PDF-' || fail "the brief is not a PDF"
    PAGES=$(pdfinfo "$WORK/brief.pdf" | sed -n 's/^Pages: *//p')
    echo "brief.pdf: $PAGES pages"
    [ "$PAGES" -ge 5 ] || fail "the brief has $PAGES pages"
    # Set in the fonts the package depends on.
    pdffonts "$WORK/brief.pdf" | grep -q DejaVuSans || fail "the brief is not set in DejaVu Sans"
    pdffonts "$WORK/brief-zh.pdf" | grep -q WenQuanYi || fail "the Chinese brief is not set in WenQuanYi"

    echo "== xdg-mime"
    TYPE=$(xdg-mime query filetype "$WORK/sample.gtmw")
    echo "sample.gtmw: $TYPE"
    [ "$TYPE" = application/x-gtm-workspace ] || fail "xdg-mime says $TYPE for a .gtmw file"
    # A workspace renamed is still one (its SQLite header carries the workbench's id) ...
    cp "$WORK/sample.gtmw" "$WORK/renamed"
    TYPE=$(xdg-mime query filetype "$WORK/renamed")
    echo "renamed (no extension): $TYPE"
    [ "$TYPE" = application/x-gtm-workspace ] || fail "xdg-mime says $TYPE for a renamed workspace"
    # ... and any other SQLite file is not.
    sqlite3 "$WORK/other.db" 'CREATE TABLE t(x);'
    TYPE=$(xdg-mime query filetype "$WORK/other.db")
    echo "other.db: $TYPE"
    [ "$TYPE" != application/x-gtm-workspace ] || fail "xdg-mime takes any SQLite file for a workspace"
    APP=$(xdg-mime query default application/x-gtm-workspace)
    echo "opens with: $APP"
    [ "$APP" = io.github.gtmworkbench.workbench.desktop ] || fail "workspaces open with '$APP'"
    ;;
*)
    echo "usage: check_package.sh build BUILD_DIR OUT_DIR | install OUT_DIR WORK_DIR" >&2
    exit 2
    ;;
esac
