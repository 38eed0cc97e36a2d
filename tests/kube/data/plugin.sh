#!/bin/sh
[ "$PLUGIN_ARG" = expected ] || exit 3
echo "$KUBERNETES_EXEC_INFO" | grep -q '"interactive":false' || exit 4
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"from-plugin-%s"}}' "$1"
