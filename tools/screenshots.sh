#!/bin/sh
# Takes the README's screenshots of the window's main pages in one language, on a virtual
# display: tools/screenshots.sh BUILD_DIR LANGUAGE OUTPUT_DIR (LANGUAGE: en or zh_CN).
# Needs xvfb-run, xdotool and imagemagick (packaging/install-deps.sh installs them).
set -eu
build=$1; language=$2; out=$3
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case $language in
    zh_CN) locale=zh_CN.UTF-8 ;;
    *) locale=C.UTF-8 ;;
esac
"$build/app/gtm-workbench" new --sample --sample-lang "$language" "$work/sample.gtmw" >/dev/null

cat >"$work/drive.sh" <<DRIVE
#!/bin/sh
set -eu
export LANG=$locale LC_ALL=$locale XDG_CONFIG_HOME=$work/config XDG_RUNTIME_DIR=$work/runtime
mkdir -p -m 700 $work/runtime
"$build/app/gtm-workbench" "$work/sample.gtmw" &
app=\$!
window=\$(xdotool search --sync --onlyvisible --name 'GTM' | head -1)
# The whole screen, as a maximised window (a new window takes 95 % of the screen).
xdotool windowmove \$window 0 0 windowsize \$window 1440 900
sleep 2
shot() { sleep \$2; import -window root "$out/\$1.png"; }
key() { xdotool key --clearmodifiers "\$1"; }
xdotool mousemove --window \$window 120 160 click 1
key ctrl+1; shot product 1
key ctrl+2; shot vertical 1
key ctrl+3; shot all-verticals 1
# Scrolled to the last indicators: the names stay in sight.
xdotool mousemove --window \$window 700 240 click 1
key End; shot all-verticals-scrolled 1
key ctrl+4; shot scoring-model 1
key ctrl+shift+1; shot chart-map 2
key ctrl+shift+2; shot chart-radar 2
key ctrl+shift+3; shot chart-why 2
key ctrl+shift+4; shot chart-robustness 6
key ctrl+shift+5; shot recommendation 6
key ctrl+shift+b; shot brief-dialog 2
key Escape; sleep 1
key ctrl+comma; shot preferences 1
key Escape
kill \$app
DRIVE
chmod +x "$work/drive.sh"
xvfb-run -a -s '-screen 0 1440x900x24' "$work/drive.sh"
echo "screenshots: $(ls "$out" | wc -l) files in $out"
