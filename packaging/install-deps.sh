#!/bin/sh
# Installs the Debian 12 / Ubuntu 24.04 packages GTM Workbench needs to build, test and run.
# Does nothing when they are all there. Uses apt-get as root, or through sudo.
set -eu

PACKAGES="
build-essential cmake ninja-build ccache pkg-config
qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
libqt6sql6-sqlite libqt6sql6-psql postgresql
qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
libgl1-mesa-dev libxkbcommon-dev
xvfb xauth xdotool imagemagick poppler-utils qpdf sqlite3 python3-jsonschema python3-pypdf
fonts-dejavu fonts-noto-cjk fonts-wqy-microhei
clang-14 libclang-rt-14-dev llvm-14
dpkg-dev lintian help2man desktop-file-utils appstream shared-mime-info libfile-mimeinfo-perl xdg-utils
"

missing=""
for package in $PACKAGES; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    if [ "$status" != "installed" ]; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all $(echo $PACKAGES | wc -w) packages are installed."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "install-deps: these packages are missing and neither root nor sudo is available:$missing" >&2
    exit 1
fi

echo "install-deps: installing$missing"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $missing
