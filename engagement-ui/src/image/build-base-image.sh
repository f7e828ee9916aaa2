#!/usr/bin/env bash
# Builds the container image's base, as a `docker save` tar that Jib reads with tar:// (no registry, no Docker
# daemon): Debian 12 (bookworm) minbase from the Debian mirror, a Java runtime made with jlink from the JDK that
# builds the application, and a non-root user cjengage (uid/gid 10001) owning /data (0700).
# Needs root (debootstrap) and the debootstrap package: apt-get install debootstrap.
#   usage: build-base-image.sh OUTPUT.tar [JDK_HOME]     (BASE_ROOTFS=DIR reuses a debootstrap tree)
set -euo pipefail
out=$(realpath -m "$1")
jdk=${2:-${JAVA_HOME:?set JAVA_HOME or pass a JDK}}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
command -v debootstrap >/dev/null || { echo "debootstrap is missing: apt-get install debootstrap" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "debootstrap needs root" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rootfs=$work/rootfs
if [ -n "${BASE_ROOTFS:-}" ]; then
  # a bookworm minbase tree made earlier by debootstrap (e.g. cached by CI)
  cp -a "$BASE_ROOTFS" "$rootfs"
else
  debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$work/debootstrap.log" 2>&1 \
    || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
fi

# The Java runtime: the modules a Spring Boot + Vaadin + Tomcat application uses.
"$jdk/bin/jlink" --output "$rootfs/opt/java" --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
  --add-modules java.se,jdk.unsupported,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.management,jdk.management.agent,jdk.naming.dns,jdk.zipfs,jdk.localedata,jdk.charsets,jdk.net,jdk.httpserver,jdk.jfr

# The application's user and its data directory; no shell, no home outside /data.
echo 'cjengage:x:10001:10001:CJ Engage:/data:/usr/sbin/nologin' >>"$rootfs/etc/passwd"
echo 'cjengage:x:10001:' >>"$rootfs/etc/group"
echo 'cjengage:!:20000::::::' >>"$rootfs/etc/shadow"
mkdir -p "$rootfs/data"
chown 10001:10001 "$rootfs/data"
chmod 0700 "$rootfs/data"

# Smaller: no package lists, caches, manuals or locales beyond English.
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/*.bin "$rootfs"/var/cache/apt/archives/*.deb \
  "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/var/log/*.log

# A `docker save` layout: one layer, its config and the manifest.
image=$work/image
mkdir -p "$image"
tar --numeric-owner --xattrs -C "$rootfs" -cf "$image/layer.tar" .
diff_id=sha256:$(sha256sum "$image/layer.tar" | cut -d' ' -f1)
created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
cat >"$image/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"$created",
 "config":{"Env":["PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/opt/java","LANG=C.UTF-8"],
           "User":"10001:10001","WorkingDir":"/data"},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"$created","created_by":"build-base-image.sh: debootstrap minbase bookworm + jlink ($("$jdk/bin/java" -version 2>&1 | head -1 | tr -d '"'))"}]}
JSON
config_id=$(sha256sum "$image/config.json" | cut -d' ' -f1)
mv "$image/config.json" "$image/$config_id.json"
echo "[{\"Config\":\"$config_id.json\",\"RepoTags\":[\"cj-engage-base:bookworm\"],\"Layers\":[\"layer.tar\"]}]" >"$image/manifest.json"
mkdir -p "$(dirname "$out")"
tar -C "$image" -cf "$out" manifest.json "$config_id.json" layer.tar
echo "$out"
