#!/bin/sh
# Runs a test with a real Secret Service: a private D-Bus session and a gnome-keyring daemon
# whose login keyring is unlocked with a throwaway password, HOME in a fresh folder (where the
# keyring file lands, and which the test searches for its planted secret).
set -eu
home=$(mktemp -d /tmp/tkeci-keyring-XXXXXX)
trap 'rm -rf "$home"' EXIT
HOME=$home XDG_DATA_HOME=$home/.local/share dbus-run-session -- sh -c '
    eval "$(printf tkeci-throwaway-login | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    exec "$@"' sh "$@"
