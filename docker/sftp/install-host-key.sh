#!/bin/sh
# Runs inside the atmoz/sftp container before sshd starts: installs the host key the hub pins
# (GLOBEX_SFTP_KNOWN_HOSTS in docker-compose.yml). sshd ignores a key file others can read, and a key checked out
# from git is readable by all, so it is copied in with owner-only permissions.
set -e
cp /etc/sftp-host-key/ssh_host_ed25519_key /etc/ssh/ssh_host_ed25519_key
chmod 600 /etc/ssh/ssh_host_ed25519_key
