#!/usr/bin/env bash
# Builds the Debian package with cpack, unpacks it into a clean folder with dpkg-deb -x and checks
# what an operator would get: control fields, files and their places, the installed program
# (--version, validate, render on the installed example profile), the desktop entry and the
# AppStream metainfo (validated), the icon sizes, and man pages (English and zh_CN) that document
# every command and option --help shows.
#
# usage: check-deb.sh CPACK CPACK_CONFIG VERSION APP_ID
set -euo pipefail

cpack="$1"
cpack_config="$2"
version="$3"
app_id="$4"
name=tke-cilium-installer

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
need_tool() {
    command -v "$1" >/dev/null || {
        echo "FAIL: $1 not found; install the Debian package $2 (scripts/debian-packages.txt)" >&2
        exit 1
    }
}
need_tool dpkg-deb dpkg
need_tool dpkg-shlibdeps dpkg-dev
need_tool desktop-file-validate desktop-file-utils
need_tool appstreamcli appstream

tmp="$(mktemp -d "${TMPDIR:-/tmp}/tkeci-deb.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

echo "== cpack -G DEB into $tmp/cpack"
"$cpack" -G DEB --config "$cpack_config" -B "$tmp/cpack" >"$tmp/cpack.log" 2>&1 || {
    cat "$tmp/cpack.log" >&2
    echo "FAIL: cpack failed" >&2
    exit 1
}
deb="$tmp/cpack/${name}_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || {
    cat "$tmp/cpack.log" >&2
    echo "FAIL: $deb was not made" >&2
    exit 1
}

echo "== control fields (dpkg-deb -I)"
dpkg-deb -I "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$name" ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', want $version"
depends="$(field Depends)"
[ -n "$depends" ] || fail "Depends is empty"
# libqt6core6 and libc6 only come from dpkg-shlibdeps, so they prove it ran on the binary.
for dep in libc6 libqt6core6 libqt6widgets6 qt6-qpa-plugins; do
    grep -Eq "(^|, )$dep( |,|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
recommends="$(field Recommends)"
for rec in fonts-noto-cjk openssh-client; do
    grep -Eq "(^|, )$rec( |,|$)" <<<"$recommends" || fail "Recommends lacks $rec: '$recommends'"
done
[ -n "$(field Maintainer)" ] || fail "Maintainer is empty"
[ -n "$(field Section)" ] || fail "Section is empty"

echo "== unpack (dpkg-deb -x)"
root="$tmp/root"
mkdir "$root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -c "$deb" | awk '{print $6}' >"$tmp/contents"
if grep -Ev '^\./($|usr/?$|usr/(bin|share)(/|$))' "$tmp/contents"; then
    fail "files outside /usr/bin and /usr/share (listed above)"
fi
grep -E '^\./usr/share/.*\.a$|/include/|/cmake/' "$tmp/contents" && fail "build files in the package"

icon_sizes=(16 22 24 32 48 64 128 256)
expected=(
    "usr/bin/$name"
    "usr/share/applications/$app_id.desktop"
    "usr/share/metainfo/$app_id.metainfo.xml"
    "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    "usr/share/man/man1/$name.1.gz"
    "usr/share/man/zh_CN/man1/$name.1.gz"
    "usr/share/$name/default-profile.yaml"
    "usr/share/doc/$name/copyright"
    "usr/share/doc/$name/changelog.gz"
)
for size in "${icon_sizes[@]}"; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for f in "${expected[@]}"; do
    [ -f "$root/$f" ] || fail "/$f is not in the package"
done
[ -x "$root/usr/bin/$name" ] || fail "/usr/bin/$name is not executable"

echo "== icon sizes"
png_size() { # width x height from the PNG header (IHDR), without needing an image tool
    od -An -tu1 -j16 -N8 "$1" | awk '{printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}'
}
for size in "${icon_sizes[@]}"; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    [ -f "$png" ] || continue
    got="$(png_size "$png")"
    [ "$got" = "${size}x${size}" ] || fail "$png is $got"
done

echo "== the installed program"
bin="$root/usr/bin/$name"
profile="$root/usr/share/$name/default-profile.yaml"
got="$("$bin" --version)" || fail "--version exited with $?"
[ "$got" = "$name $version" ] || fail "--version printed '$got', want '$name $version'"
"$bin" validate --profile "$profile" || fail "validate of the installed example profile failed"
out="$tmp/rendered"
"$bin" render --profile "$profile" --out "$out" || fail "render exited with $?"
for f in tkestack-cluster.yaml cilium.yaml tke-eni-ipamd.yaml connectivity-check.yaml images.txt; do
    [ -s "$out/$f" ] || fail "render did not write $f"
done
grep -q 'tunnel: vxlan' "$out/cilium.yaml" || fail "cilium.yaml is not the overlay configuration"
grep -q '/cilium:' "$out/images.txt" || fail "images.txt does not list the cilium image"

echo "== desktop entry and metainfo"
desktop="$root/usr/share/applications/$app_id.desktop"
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
desktop-file-validate "$desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate"
# validate-tree also checks that the metainfo, its desktop entry and its icon fit together.
appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's Icon is not $app_id"
exec_name="$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")"
[ -x "$root/usr/bin/$exec_name" ] || fail "the desktop entry's Exec ($exec_name) is not in /usr/bin"
grep -q '^Name\[zh_CN\]=' "$desktop" || fail "no Chinese Name in the desktop entry"
grep -q '^Comment\[zh_CN\]=' "$desktop" || fail "no Chinese Comment in the desktop entry"
grep -Eq '^Categories=(.*;)?System;' "$desktop" || fail "desktop entry not in System"
grep -Eq '^Categories=(.*;)?Network;' "$desktop" || fail "desktop entry not in Network"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $app_id.desktop"
grep -q '<summary xml:lang="zh_CN">' "$metainfo" || fail "no Chinese summary in the metainfo"
newest_release="$(grep -o '<release version="[^"]*"' "$metainfo" | head -1 | cut -d'"' -f2)"
[ "$newest_release" = "$version" ] \
    || fail "the metainfo's newest release is '$newest_release', want $version (add a <release>)"
changelog_version="$(zcat "$root/usr/share/doc/$name/changelog.gz" | head -1 | sed -n 's/^[^ ]* (\([^)]*\)).*/\1/p')"
[ "$changelog_version" = "$version" ] \
    || fail "installer/changelog's newest entry is '$changelog_version', want $version"

echo "== man pages (English, zh_CN) match --help"
"$bin" --help >"$tmp/help" || fail "--help exited with $?"
# Commands: the indented lines after "Commands:" up to the next blank line.
commands="$(awk '/^Commands:/ {on=1; next} on && /^$/ {on=0} on && /^  [a-z]/ {print $1}' "$tmp/help")"
[ -n "$commands" ] || fail "no commands found in --help"
# Options: every long option --help lists.
options="$(grep -Eo '^ +(-[a-zA-Z], )?--[a-z][a-z-]*' "$tmp/help" | grep -Eo -- '--[a-z-]+$')"
[ -n "$options" ] || fail "no options found in --help"
for man_gz in "$root/usr/share/man/man1/$name.1.gz" "$root/usr/share/man/zh_CN/man1/$name.1.gz"; do
    [ -f "$man_gz" ] || continue
    man="$tmp/man.1"
    page="${man_gz#"$root"}"
    zcat "$man_gz" >"$man" || fail "$page is not gzip"
    grep -q "^\.TH TKE-CILIUM-INSTALLER 1 .*\"$name $version\"" "$man" || fail "$page: .TH lacks $version"
    # The man page's commands: the first word of each .TP entry's tag line in the section that
    # holds them (COMMANDS, or 命令 in Chinese).
    man_commands="$(awk '/^\.SH / {on = ($2 == "COMMANDS" || $2 == "命令"); next}
        on && /^\.TP/ {tag = 1; next}
        on && tag {tag = 0; sub(/^\.[A-Z]+ +/, ""); gsub(/"/, ""); print $1}' "$man")"
    for c in $commands; do
        grep -qx "$c" <<<"$man_commands" || fail "$page: the commands section has no entry for $c"
    done
    for o in $options; do
        grep -Fq -- "${o//-/\\-}" "$man" || fail "$page: the option $o is not documented"
    done
done

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed: $(basename "$deb")"
